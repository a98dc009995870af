<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SidePanel</name>
    <message>
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>stop-payment</source>
        <translation>止付</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation>来电人历史</translation>
    </message>
    <message>
        <source>Calls ended without an outcome. Enter or Ctrl+Shift+R resumes the chosen one.</source>
        <translation>已结束但未填处置结果的通话。按回车或 Ctrl+Shift+R 继续所选通话。</translation>
    </message>
    <message>
        <source>Awaiting outcome</source>
        <translation>待填结果</translation>
    </message>
    <message>
        <source>Awaiting outcome (%1)</source>
        <translation>待填结果（%1）</translation>
    </message>
    <message>
        <source>Choose the fraud type to see its scripts.</source>
        <translation>选择诈骗类型后显示对应的劝阻话术。</translation>
    </message>
    <message>
        <source>%1 earlier records for this caller</source>
        <translation>该来电人有 %1 条历史记录</translation>
    </message>
    <message>
        <source>Caller history (%1)</source>
        <translation>来电人历史（%1）</translation>
    </message>
    <message>
        <source>No earlier record of this caller.</source>
        <translation>该来电人无历史记录。</translation>
    </message>
</context>
</TS>
