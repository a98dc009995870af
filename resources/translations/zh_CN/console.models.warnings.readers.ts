<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningFiles</name>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text (line %1 cannot be read). Save it again from the platform or from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 编码（第 %1 行无法读取）。请从平台重新导出，或在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Line longer than %1 characters: skipped, reading went on with the next line.</source>
        <translation>该行超过 %1 个字符：已跳过，从下一行继续读取。</translation>
    </message>
    <message>
        <source>A quote opened on this line is never closed: the line was skipped, reading went on with the next line.</source>
        <translation>该行有未闭合的引号：已跳过此行，从下一行继续读取。</translation>
    </message>
    <message>
        <source>More than %1 columns.</source>
        <translation>列数超过 %1。</translation>
    </message>
    <message>
        <source>Not a CSV row: %1</source>
        <translation>不是有效的 CSV 行：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The header row (line %1) cannot be read: %2</source>
        <translation>表头行（第 %1 行）无法读取：%2</translation>
    </message>
    <message>
        <source>Not an XLSX workbook: %1</source>
        <translation>不是有效的 XLSX 工作簿：%1</translation>
    </message>
    <message>
        <source>The workbook has %1 parts; at most %2 are read.</source>
        <translation>该工作簿包含 %1 个部件，最多只能读取 %2 个。</translation>
    </message>
    <message>
        <source>The workbook is too large to read: its part %1 unpacks to %2 MB (at most %3 MB). Split the list or export it as CSV.</source>
        <translation>工作簿过大，无法读取：其中 %1 解压后为 %2 MB（上限 %3 MB）。请拆分名单或导出为 CSV。</translation>
    </message>
    <message>
        <source>The workbook is damaged after row %1: %2</source>
        <translation>工作簿第 %1 行之后已损坏：%2</translation>
    </message>
    <message>
        <source>Not a file: %1</source>
        <translation>不是文件：%1</translation>
    </message>
</context>
</TS>
