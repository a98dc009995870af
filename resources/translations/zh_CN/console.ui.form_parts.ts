<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountEdit</name>
    <message>
        <source>e.g. 450000 or 45万</source>
        <translation>例如 450000 或 45万</translation>
    </message>
    <message>
        <source>Write the amount, e.g. 450000 or 45万.</source>
        <translation>请填写金额，例如 450000 或 45万。</translation>
    </message>
</context>
</TS>
