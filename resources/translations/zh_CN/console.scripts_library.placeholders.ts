<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Placeholders</name>
    <message>
        <source>the victim&apos;s name</source>
        <translation>受害人姓名</translation>
    </message>
    <message>
        <source>the amount transferred</source>
        <translation>转账金额</translation>
    </message>
    <message>
        <source>the first receiving (suspect) account</source>
        <translation>涉案收款账户</translation>
    </message>
    <message>
        <source>the local police station</source>
        <translation>属地派出所</translation>
    </message>
    <message>
        <source>the scammer&apos;s number</source>
        <translation>诈骗号码</translation>
    </message>
    <message>
        <source>the officer&apos;s name</source>
        <translation>民警姓名</translation>
    </message>
    <message>
        <source>the caller&apos;s number</source>
        <translation>来电号码</translation>
    </message>
</context>
</TS>
