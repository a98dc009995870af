<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch to a station</source>
        <translation>下发派出所</translation>
    </message>
    <message>
        <source>Type part of the station or district name</source>
        <translation>输入派出所或区县名称的一部分</translation>
    </message>
    <message>
        <source>Face-to-face dissuasion</source>
        <translation>见面劝阻</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>下发事由</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Choose a station.</source>
        <translation>请选择派出所。</translation>
    </message>
</context>
</TS>
