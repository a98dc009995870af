<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LadderPanel</name>
    <message>
        <source>Escalation ladder</source>
        <translation>逐级联系</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>warning SMS</source>
        <translation>预警短信</translation>
    </message>
    <message>
        <source>emergency contact / family</source>
        <translation>紧急联系人 / 家属</translation>
    </message>
    <message>
        <source>station to the door</source>
        <translation>派出所上门</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>短信已发</translation>
    </message>
    <message>
        <source>Could not send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Not running. Start it with %1 when the person cannot be reached.</source>
        <translation>未启动。联系不上当事人时按 %1 启动。</translation>
    </message>
    <message>
        <source>Ladder ended.</source>
        <translation>逐级联系已结束。</translation>
    </message>
    <message>
        <source>due %1 (%2 min)</source>
        <translation>限 %1（%2 分钟）</translation>
    </message>
</context>
</TS>
