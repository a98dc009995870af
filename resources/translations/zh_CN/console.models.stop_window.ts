<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StopPay</name>
    <message>
        <source>The stopped amount cannot be negative.</source>
        <translation>止付金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>StopWindow</name>
    <message>
        <source>No account of this request is under a stop-payment to renew.</source>
        <translation>本申请没有仍在止付中的账户可续止付。</translation>
    </message>
    <message>
        <source>The rules allow at most two renewals; convert to a freeze instead.</source>
        <translation>规定最多续止付两次，请改为冻结。</translation>
    </message>
    <message>
        <source>No account of this request is under a stop-payment to freeze.</source>
        <translation>本申请没有仍在止付中的账户可冻结。</translation>
    </message>
</context>
</TS>
