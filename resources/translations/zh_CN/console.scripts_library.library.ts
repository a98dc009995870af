<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Scripts</name>
    <message>
        <source>Give the script a title.</source>
        <translation>请填写话术标题。</translation>
    </message>
    <message>
        <source>Choose the stage of the dissuasion.</source>
        <translation>请选择劝阻环节。</translation>
    </message>
    <message>
        <source>Only a draft can be submitted for review.</source>
        <translation>只有草稿可以提交审核。</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. Use only the listed ones.</source>
        <translation>未知占位符：%1。请只使用列出的占位符。</translation>
    </message>
    <message>
        <source>This version is not waiting for review.</source>
        <translation>该版本不在待审核状态。</translation>
    </message>
    <message>
        <source>Another senior must review your own script.</source>
        <translation>自己的话术须由另一位资深民警审核。</translation>
    </message>
</context>
</TS>
