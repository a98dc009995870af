<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import warnings</source>
        <translation>导入预警</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>The platform or unit the file comes from; its column mapping is remembered.</source>
        <translation>文件来自哪个平台或单位；其列对应关系会被记住。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Which column holds what (* required)</source>
        <translation>各列对应的字段（* 为必填）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row as in the file</source>
        <translation>文件中的原始内容</translation>
    </message>
    <message>
        <source>Save the bad rows for correction…</source>
        <translation>导出错误行以便更正…</translation>
    </message>
    <message>
        <source>Warning list</source>
        <translation>预警名单</translation>
    </message>
    <message>
        <source>Warning lists (*.csv *.xlsx *.txt)</source>
        <translation>预警名单 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>This file cannot be read as a CSV or XLSX table: %1</source>
        <translation>无法作为 CSV 或 XLSX 表格读取此文件：%1</translation>
    </message>
    <message>
        <source>%1 (about %2 rows)</source>
        <translation>%1（约 %2 行）</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Choose the column for: %1</source>
        <translation>请选择以下字段对应的列：%1</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <source>Columns not imported (choose a field above to use one): %1</source>
        <translation>以下列不会导入（如需导入，请在上方为其选择对应字段）：%1</translation>
    </message>
    <message>
        <source>Importing… the console stays usable meanwhile.</source>
        <translation>正在导入…期间可继续使用控制台。</translation>
    </message>
    <message>
        <source>Stopping after the current block of rows…</source>
        <translation>处理完当前这批行后停止…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入中止：%1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 bad, %4 already in the queue (%5 s).</source>
        <translation>共读取 %1 行：导入 %2 行，错误 %3 行，%4 行已在队列中（用时 %5 秒）。</translation>
    </message>
    <message>
        <source>%1 rows have a fraud type the console does not know, kept as &quot;other&quot; with the type in the notes: %2</source>
        <translation>%1 行的诈骗类型系统不认识，已按“其他”导入，原类型记在备注中：%2。</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message>
        <source>Cancelled. What was imported stays; importing the file again skips it.</source>
        <translation>已取消。已导入的保留；再次导入此文件会自动跳过。</translation>
    </message>
    <message>
        <source>Save the bad rows</source>
        <translation>导出错误行</translation>
    </message>
    <message>
        <source>%1 bad rows saved to %2.</source>
        <translation>%1 条错误行已保存到 %2。</translation>
    </message>
</context>
</TS>
