<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ScriptsPage</name>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
</context>
</TS>
