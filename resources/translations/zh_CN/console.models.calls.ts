<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Calls</name>
    <message>
        <source>This is not a phone number; it is kept as typed.</source>
        <translation>这不是有效的电话号码，已按原样保留。</translation>
    </message>
    <message>
        <source>This receiving account is not among the call&apos;s accounts: add it there, or pick one of them.</source>
        <translation>该收款账号不在本次来电的涉案账户中：请先在上方添加，或从中选择。</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-25 13:05 or 13:05.</source>
        <translation>时间请写成 2026-11-25 13:05 或 13:05。</translation>
    </message>
</context>
</TS>
