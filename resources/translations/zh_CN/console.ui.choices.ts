<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Choices</name>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation>手机银行</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>网上银行</translation>
    </message>
    <message>
        <source>Third-party payment</source>
        <translation>第三方支付</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>ATM</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
</context>
</TS>
