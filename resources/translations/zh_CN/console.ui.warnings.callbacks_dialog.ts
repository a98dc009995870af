<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallbacksDialog</name>
    <message>
        <source>Repeat victims to call back</source>
        <translation>需回访的受害人</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>回访情况（可不填）</translation>
    </message>
    <message>
        <source>Reached and warned</source>
        <translation>已联系并提醒</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DueCallbacksModel</name>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>损失金额</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72 小时</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
</context>
</TS>
