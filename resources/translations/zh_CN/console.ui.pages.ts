<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Live call</source>
        <translation>接警通话</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警处置</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
    <message>
        <source>Stop-payments</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>Case lookup</source>
        <translation>案件查询</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>数据统计</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Station dispatches</source>
        <translation>派出所下发</translation>
    </message>
</context>
</TS>
