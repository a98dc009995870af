<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>排序原因</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Fraud number / app</source>
        <translation>涉诈号码 / APP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>处置时限 %1</translation>
    </message>
    <message>
        <source>ladder %1/4 due %2</source>
        <translation>逐级 %1/4 限 %2</translation>
    </message>
</context>
</TS>
