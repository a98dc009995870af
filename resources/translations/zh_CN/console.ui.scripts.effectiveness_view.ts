<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EffectivenessView</name>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Victim state</source>
        <translation>受害人状态</translation>
    </message>
    <message>
        <source>Shown in calls</source>
        <translation>通话中显示次数</translation>
    </message>
    <message>
        <source>Calls with outcome</source>
        <translation>有结果的通话</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Dissuasion rate</source>
        <translation>劝阻成功率</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>定级代码</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话数</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <source>Key questions asked</source>
        <translation>关键问题已问</translation>
    </message>
    <message>
        <source>Script sections shown</source>
        <translation>已显示话术环节</translation>
    </message>
    <message>
        <source>Response matched</source>
        <translation>处置是否对应</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>A rate over fewer than %1 calls with an outcome is shown grey: too few to judge.</source>
        <translation>有结果的通话不足 %1 个的成功率显示为灰色：样本太少，不足以下结论。</translation>
    </message>
    <message>
        <source>Calls per code (fraud type - victim state - urgency)</source>
        <translation>各定级代码的通话数（诈骗类型-受害人状态-紧急程度）</translation>
    </message>
    <message>
        <source>Calls to review, newest first, with their compliance grade</source>
        <translation>待抽查的通话（最新在前）及其规范评级</translation>
    </message>
    <message>
        <source>too few calls to judge</source>
        <translation>样本太少，不足以判断</translation>
    </message>
    <message>
        <source>(no state)</source>
        <translation>（未定状态）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
</TS>
