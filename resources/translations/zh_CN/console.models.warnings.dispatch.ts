<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningDispatch</name>
    <message>
        <source>This warning no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>This warning is closed.</source>
        <translation>该预警已办结。</translation>
    </message>
    <message>
        <source>%1 already sent this warning to %2 at %3.</source>
        <translation>%1 已于 %3 将此预警下发至%2。</translation>
    </message>
</context>
</TS>
