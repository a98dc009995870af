<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BankResultsDialog</name>
    <message>
        <source>Bank results for the whole request</source>
        <translation>整份申请的银行反馈</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>转入金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount stopped or frozen (yuan)</source>
        <translation>止付或冻结金额（元）</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无反馈</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Say why the stop failed.</source>
        <translation>请说明止付失败的原因。</translation>
    </message>
</context>
</TS>
