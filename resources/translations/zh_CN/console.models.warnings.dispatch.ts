<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningDispatch</name>
    <message>
        <source>This warning no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>This warning is closed.</source>
        <translation>该预警已办结。</translation>
    </message>
</context>
</TS>
