<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StopPaymentsPage</name>
    <message>
        <source>Stop-payments</source>
        <translation>紧急止付</translation>
    </message>
</context>
</TS>
