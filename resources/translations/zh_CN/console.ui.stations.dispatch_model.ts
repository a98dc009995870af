<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StationDispatchModel</name>
    <message>
        <source>Deadline</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>下发事由</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时%1</translation>
    </message>
    <message>
        <source>to visit</source>
        <translation>待上门</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已上门</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>未上门</translation>
    </message>
    <message>
        <source>dissuaded</source>
        <translation>已劝阻</translation>
    </message>
</context>
</TS>
