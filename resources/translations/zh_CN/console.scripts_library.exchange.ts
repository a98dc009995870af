<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Scripts</name>
    <message>
        <source>No front matter: the file must start with --- lines.</source>
        <translation>缺少文件头：文件须以 --- 行开始。</translation>
    </message>
    <message>
        <source>Front-matter line without a colon: %1</source>
        <translation>文件头中此行缺少冒号：%1</translation>
    </message>
    <message>
        <source>Skipped: a link to a file that does not exist.</source>
        <translation>已跳过：指向的文件不存在（失效链接）。</translation>
    </message>
    <message>
        <source>Skipped: a folder, not a file.</source>
        <translation>已跳过：这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Skipped: not a regular file (a pipe, socket or device).</source>
        <translation>已跳过：不是普通文件（管道、套接字或设备）。</translation>
    </message>
    <message>
        <source>Skipped: larger than 1 MB, too large for a script.</source>
        <translation>已跳过：超过 1 MB，不像是一篇话术。</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>缺少标题。</translation>
    </message>
    <message>
        <source>Unknown stage %1; use one of %2.</source>
        <translation>未知环节 %1，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown fraud types: %1</source>
        <translation>未知诈骗类型：%1</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. Use only the listed ones.</source>
        <translation>未知占位符：%1。请只使用列出的占位符。</translation>
    </message>
    <message>
        <source>The script has no text.</source>
        <translation>话术没有正文。</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
</TS>
