<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningRows</name>
    <message>
        <source>No phone number.</source>
        <translation>缺少手机号。</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>手机号无效：%1</translation>
    </message>
    <message>
        <source>No time received.</source>
        <translation>缺少预警时间。</translation>
    </message>
    <message>
        <source>Not a time: %1 (write e.g. 2026-11-25 14:03).</source>
        <translation>时间格式不对：%1（应如 2026-11-25 14:03）。</translation>
    </message>
    <message>
        <source>The time received is in the future: %1</source>
        <translation>预警时间晚于当前时间：%1</translation>
    </message>
    <message>
        <source>No warning level.</source>
        <translation>缺少预警等级。</translation>
    </message>
    <message>
        <source>Unknown warning level: %1 (red, orange or yellow).</source>
        <translation>未知的预警等级：%1（应为红、橙、黄）。</translation>
    </message>
    <message>
        <source>Already imported (same warning number, or same phone, time and fraud number).</source>
        <translation>重复预警（预警编号相同，或手机号、时间、涉诈号码均相同），已导入过。</translation>
    </message>
    <message>
        <source>Fraud type in the file: %1</source>
        <translation>原始诈骗类型：%1</translation>
    </message>
</context>
</TS>
