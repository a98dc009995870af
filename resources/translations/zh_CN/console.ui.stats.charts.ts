<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DailyChart</name>
    <message>
        <source>Daily volumes</source>
        <translation>每日数量</translation>
    </message>
</context>
</TS>
