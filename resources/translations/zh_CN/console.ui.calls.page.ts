<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallPage</name>
    <message>
        <source>Live call</source>
        <translation>接警通话</translation>
    </message>
</context>
</TS>
