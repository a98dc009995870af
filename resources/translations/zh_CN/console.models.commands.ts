<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Commands</name>
    <message>
        <source>Emergency stop-payment for this call</source>
        <translation>为本通话发起紧急止付</translation>
    </message>
    <message>
        <source>Call back in … (e.g. cb 30m, cb 2h)</source>
        <translation>… 后回拨（如 cb 30m、cb 2h）</translation>
    </message>
    <message>
        <source>Dispatch to a station (e.g. pc 孝南书院)</source>
        <translation>下发派出所（如 pc 孝南书院）</translation>
    </message>
    <message>
        <source>A note on the current case</source>
        <translation>给当前案件加备注</translation>
    </message>
    <message>
        <source>Look up a number, name or case</source>
        <translation>查询号码、姓名或案件</translation>
    </message>
    <message>
        <source>Start the escalation ladder</source>
        <translation>启动逐级联系</translation>
    </message>
    <message>
        <source>Say when, e.g. cb 30m or cb 2h.</source>
        <translation>请说明时间，如 cb 30m 或 cb 2h。</translation>
    </message>
    <message>
        <source>Name the station, e.g. pc 孝南.</source>
        <translation>请写派出所名称，如 pc 孝南。</translation>
    </message>
    <message>
        <source>No station matches “%1”.</source>
        <translation>没有与“%1”匹配的派出所。</translation>
    </message>
    <message>
        <source>Several stations match “%1”: %2</source>
        <translation>有多个派出所与“%1”匹配：%2</translation>
    </message>
    <message>
        <source>Write the note after log.</source>
        <translation>请在 log 后写备注内容。</translation>
    </message>
    <message>
        <source>There is no case in hand for the note.</source>
        <translation>当前没有可加备注的案件。</translation>
    </message>
</context>
</TS>
