<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningImport</name>
    <message>
        <source>%1 looks changed by a spreadsheet (a + or a leading 0 lost when the cell became a number): check the number on the platform and import it written as text.</source>
        <translation>%1 疑似被电子表格改动（单元格变成数字后丢了“+”或开头的 0）：请在平台上核对该号码，以文本格式填写后再导入。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Row as in the file</source>
        <translation>文件中的原始行</translation>
    </message>
</context>
</TS>
