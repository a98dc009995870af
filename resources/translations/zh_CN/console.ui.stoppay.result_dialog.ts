<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BankResultDialog</name>
    <message>
        <source>Bank result</source>
        <translation>银行反馈结果</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>止付成功</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>止付失败</translation>
    </message>
    <message>
        <source>Money already moved on</source>
        <translation>资金已被转走</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Say why the stop failed.</source>
        <translation>请填写止付失败的原因。</translation>
    </message>
</context>
</TS>
