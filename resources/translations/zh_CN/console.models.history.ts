<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>History</name>
    <message>
        <source>named as the fraud number</source>
        <translation>被列为涉诈号码</translation>
    </message>
</context>
</TS>
