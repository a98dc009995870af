<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StopPay</name>
    <message>
        <source>The victim&apos;s name is missing.</source>
        <translation>缺少受害人姓名。</translation>
    </message>
    <message>
        <source>The victim&apos;s phone number is missing or wrong.</source>
        <translation>受害人电话缺失或有误。</translation>
    </message>
    <message>
        <source>The account the money left from: %1</source>
        <translation>受害人转出账户：%1</translation>
    </message>
    <message>
        <source>Add at least one receiving account to stop.</source>
        <translation>请至少添加一个需止付的收款账户。</translation>
    </message>
    <message>
        <source>Add each transfer: time, amount and receiving account.</source>
        <translation>请逐笔添加转账：时间、金额和收款账号。</translation>
    </message>
    <message>
        <source>The receiving account of this transfer is not in the list of accounts.</source>
        <translation>该笔转账的收款账号不在止付账户列表中。</translation>
    </message>
    <message>
        <source>The stopped amount cannot be negative.</source>
        <translation>止付金额不能为负数。</translation>
    </message>
</context>
</TS>
