<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LookupPage</name>
    <message>
        <source>Case lookup</source>
        <translation>案件查询</translation>
    </message>
</context>
</TS>
