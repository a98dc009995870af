<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is being built. Its data is already kept in the database.</source>
        <translation>此功能正在建设中，相关数据已保存在数据库中。</translation>
    </message>
</context>
</TS>
