<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>InterviewPanel</name>
    <message>
        <source>Type the answer, Enter (empty Enter skips)</source>
        <translation>输入回答后按回车（直接回车跳过）</translation>
    </message>
    <message>
        <source>F6 interview · digits answer · 0 skips · Backspace goes back · Alt+1…Alt+6 victim state</source>
        <translation>F6 问询 · 数字键作答 · 0 跳过 · 退格返回上一题 · Alt+1…Alt+6 受害人状态</translation>
    </message>
    <message>
        <source>No code yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <source>Emergency stop-payment now (Ctrl+Shift+Z)</source>
        <translation>立即紧急止付（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Dispatch the station to the victim (Ctrl+Shift+D)</source>
        <translation>派出所上门（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Past the 48-hour window: report at the station</source>
        <translation>已过48小时止付期：到派出所报案</translation>
    </message>
    <message>
        <source>Scripts for: %1</source>
        <translation>话术：%1</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Key questions asked: %1 of %2</source>
        <translation>关键问题已问 %1/%2</translation>
    </message>
    <message>
        <source>Interview complete. Backspace reopens the last question.</source>
        <translation>问询完成。按退格可重答上一题。</translation>
    </message>
    <message>
        <source>What kind of fraud is it?</source>
        <translation>是哪一类诈骗？</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>APP：%1</translation>
    </message>
    <message>
        <source>Fraud number: %1</source>
        <translation>诈骗号码：%1</translation>
    </message>
</context>
</TS>
