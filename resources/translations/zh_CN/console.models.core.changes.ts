<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Changes</name>
    <message>
        <source>Changed by %1 at %2 on another seat; nothing was saved. Look at it again, then save.</source>
        <translation>%1 已于 %2 在另一席位修改了此记录，本次未保存。请重新查看后再保存。</translation>
    </message>
</context>
</TS>
