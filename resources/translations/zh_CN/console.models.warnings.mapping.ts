<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningFields</name>
    <message>
        <source>Phone of the person warned</source>
        <translation>预警对象手机号</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Warning number on the platform</source>
        <translation>平台预警编号</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Fraud number</source>
        <translation>涉诈号码</translation>
    </message>
    <message>
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
</TS>
