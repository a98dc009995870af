<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StationDispatch</name>
    <message>
        <source>Choose a station.</source>
        <translation>请选择派出所。</translation>
    </message>
    <message>
        <source>The station&apos;s deadline must be later than now.</source>
        <translation>派出所反馈时限必须晚于当前时间。</translation>
    </message>
    <message>
        <source>The loss saved cannot be negative.</source>
        <translation>挽损金额不能为负数。</translation>
    </message>
    <message>
        <source>This dispatch no longer exists.</source>
        <translation>该下发指令已不存在。</translation>
    </message>
</context>
</TS>
