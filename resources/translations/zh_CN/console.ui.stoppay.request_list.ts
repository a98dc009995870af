<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RequestListModel</name>
    <message>
        <source>Request no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>排序原因</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>Window left</source>
        <translation>止付期剩余</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
</context>
</TS>
