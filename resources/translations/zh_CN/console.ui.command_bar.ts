<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandBar</name>
    <message>
        <source>zf · cb 30m · pc 孝南书院 · log … · find … · ladder · any action</source>
        <translation>zf · cb 30m · pc 孝南书院 · log … · find … · ladder · 任一操作</translation>
    </message>
    <message>
        <source>Stop-payment opened for this call</source>
        <translation>已为本通话打开止付申请</translation>
    </message>
    <message>
        <source>Write what to look for after find.</source>
        <translation>请在 find 后写要查询的内容。</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>正在查询 %1</translation>
    </message>
    <message>
        <source>Escalation ladder started</source>
        <translation>已启动逐级联系</translation>
    </message>
    <message>
        <source>cb works on a warning: select one in the queue or call it back.</source>
        <translation>cb 用于预警：请在队列中选中一条预警，或回拨该预警。</translation>
    </message>
    <message>
        <source>Call back at %1 (command bar)</source>
        <translation>%1 回拨（命令栏）</translation>
    </message>
    <message>
        <source>Warning #%1 will be called back at %2</source>
        <translation>预警 #%1 将于 %2 回拨</translation>
    </message>
    <message>
        <source>Sent to the door from the command bar</source>
        <translation>经命令栏下发上门劝阻</translation>
    </message>
    <message>
        <source>pc works on a warning or a call.</source>
        <translation>pc 用于预警或通话。</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>已下发至 %1</translation>
    </message>
    <message>
        <source>Write the note after log.</source>
        <translation>请在 log 后写备注内容。</translation>
    </message>
    <message>
        <source>There is no case in hand for the note.</source>
        <translation>当前没有可加备注的案件。</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>备注已添加</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Try zf, cb 30m, pc, log, find or an action&apos;s name.</source>
        <translation>未知命令“%1”。可用 zf、cb 30m、pc、log、find 或操作名称。</translation>
    </message>
    <message>
        <source>%1 is not available now.</source>
        <translation>%1 当前不可用。</translation>
    </message>
</context>
</TS>
