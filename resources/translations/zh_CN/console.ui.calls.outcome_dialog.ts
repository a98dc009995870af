<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of the call</source>
        <translation>通话处置结果</translation>
    </message>
    <message>
        <source>The call with %1 has no outcome yet. Choose it, or say that it will follow: the call then waits on your list of calls awaiting an outcome.</source>
        <translation>与 %1 的通话还没有处置结果。请现在选择，或选择“稍后填写”：该通话将列入您的待填结果清单。</translation>
    </message>
    <message>
        <source>(choose the outcome)</source>
        <translation>（请选择处置结果）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>&amp;Outcome later</source>
        <translation>稍后填写(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>返回通话</translation>
    </message>
</context>
</TS>
