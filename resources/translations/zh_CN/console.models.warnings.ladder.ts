<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ladder</name>
    <message>
        <source>The ladder is already running for this warning.</source>
        <translation>该预警的逐级联系已在进行中。</translation>
    </message>
    <message>
        <source>No ladder is running for this warning.</source>
        <translation>该预警没有正在进行的逐级联系。</translation>
    </message>
    <message>
        <source>No warning SMS template is set up for this fraud type.</source>
        <translation>该诈骗类型没有设置预警短信模板。</translation>
    </message>
</context>
</TS>
