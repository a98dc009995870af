<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ScriptsPage</name>
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
        <source>Search words of a script, or pinyin initials (mcgjf)</source>
        <translation>输入话术中的字词，或拼音首字母（如 mcgjf）</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <source>Which words work</source>
        <translation>话术效果</translation>
    </message>
    <message>
        <source>Every fraud type</source>
        <translation>通用（所有类型）</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Elderly victims only</source>
        <translation>仅限老年受害人</translation>
    </message>
    <message>
        <source>Every victim state</source>
        <translation>所有受害人状态</translation>
    </message>
    <message>
        <source>Tick the fraud types the script is for (Space); none: every type</source>
        <translation>勾选本话术适用的诈骗类型（空格键）；都不勾选即适用所有类型</translation>
    </message>
    <message>
        <source>Tick the victim states the script is for (Space); none: every state</source>
        <translation>勾选话术适用的受害人状态（空格键）；不勾选即适用所有状态</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Export library…</source>
        <translation>导出话术库…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Fraud types</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Lines changed: %1</source>
        <translation>改动行数：%1</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>未知占位符：%1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Submitted: another senior reviews it before officers see it.</source>
        <translation>已提交：经另一位资深民警审核后民警才能看到。</translation>
    </message>
    <message>
        <source>Folder of scripts to import</source>
        <translation>选择要导入的话术文件夹</translation>
    </message>
    <message>
        <source>%1 scripts imported as drafts.</source>
        <translation>已导入 %1 条话术（草稿）。</translation>
    </message>
    <message>
        <source>Folder to export the library to</source>
        <translation>选择话术库导出目录</translation>
    </message>
    <message>
        <source>%1 scripts exported.</source>
        <translation>已导出 %1 条话术。</translation>
    </message>
    <message>
        <source>note to the author</source>
        <translation>给作者的意见</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>通过并发布</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>(yours: another senior reviews it)</source>
        <translation>（本人提交，须由其他资深民警审核）</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>审核（%1）</translation>
    </message>
    <message>
        <source>Scripts waiting for your review: %1. Open the Review tab</source>
        <translation>有 %1 条话术等待您审核，点此打开审核页</translation>
    </message>
    <message>
        <source>(new script)</source>
        <translation>（新话术）</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>已发布。</translation>
    </message>
    <message>
        <source>Sent back to the author.</source>
        <translation>已退回作者。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
</context>
</TS>
