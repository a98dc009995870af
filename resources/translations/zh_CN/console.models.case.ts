<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Case</name>
    <message>
        <source>scripts shown: %1</source>
        <translation>所用话术：%1</translation>
    </message>
</context>
</TS>