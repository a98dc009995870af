<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WaitingCallStrip</name>
    <message>
        <source>Line %1 is waiting: %2 (ringing since %3)</source>
        <translation>%1 号线有来电等待：%2（%3 起振铃）</translation>
    </message>
    <message>
        <source>A call is waiting: %2 (ringing since %3)</source>
        <translation>有来电等待：%2（%3 起振铃）</translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation>接听（%1）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Remove this line from the strip (answered elsewhere or hung up)</source>
        <translation>从提示条移除（已在别处接听或对方已挂断）</translation>
    </message>
</context>
</TS>
