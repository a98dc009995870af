<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>victim&apos;s account</source>
        <translation>受害人账户</translation>
    </message>
    <message>
        <source>suspect&apos;s account</source>
        <translation>涉案账户</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未发出</translation>
    </message>
    <message>
        <source>issued, awaiting the bank</source>
        <translation>已发出，待银行反馈</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>not stopped</source>
        <translation>止付失败</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>new</source>
        <translation>待处置</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>dispatched to a station</source>
        <translation>已下发派出所</translation>
    </message>
    <message>
        <source>back for review</source>
        <translation>二次研判</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>with the station</source>
        <translation>派出所处置中</translation>
    </message>
    <message>
        <source>station reported back</source>
        <translation>派出所已反馈</translation>
    </message>
</context>
</TS>
