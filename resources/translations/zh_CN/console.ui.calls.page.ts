<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallPage</name>
    <message>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation>关键提问</translation>
    </message>
    <message>
        <source>Debunk</source>
        <translation>揭穿骗局</translation>
    </message>
    <message>
        <source>Action now</source>
        <translation>立即行动</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>Line %1 is ringing: %2</source>
        <translation>%1 号线来电：%2</translation>
    </message>
    <message>
        <source>The draft of call %1 could not be restored. It was set aside and kept; the call is on the list awaiting an outcome.</source>
        <translation>通话 %1 的草稿无法恢复，已另行保存；该通话已列入待填结果清单。</translation>
    </message>
    <message>
        <source>Restored the unfinished call of %1 from its draft, as it was last typed.</source>
        <translation>已从草稿恢复 %1 未完成的通话，内容与最后一次录入一致。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Nothing to stop yet: type the receiving account or a transfer first.</source>
        <translation>暂无可止付内容：请先录入收款账户或转账记录。</translation>
    </message>
    <message>
        <source>%1 call(s) awaiting an outcome (Ctrl+Shift+R)</source>
        <translation>%1 个通话待填结果（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved; %1 field(s) to check</source>
        <translation>已保存；有 %1 处需核对</translation>
    </message>
    <message>
        <source>the local police station</source>
        <translation>当地派出所</translation>
    </message>
    <message>
        <source>Looking up earlier records…</source>
        <translation>正在查找历史记录…</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>下发派出所</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已下发</translation>
    </message>
    <message>
        <source>The station has been assigned.</source>
        <translation>已下发至派出所。</translation>
    </message>
</context>
</TS>
