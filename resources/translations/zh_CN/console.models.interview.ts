<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Interview</name>
    <message>
        <source>no state</source>
        <translation>状态未定</translation>
    </message>
</context>
</TS>
