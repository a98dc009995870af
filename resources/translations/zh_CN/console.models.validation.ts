<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Validation</name>
    <message>
        <source>Enter the resident ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>The check digit (last character) is wrong: a digit is mistyped.</source>
        <translation>校验位（最后一位）不正确，可能有数字输错。</translation>
    </message>
    <message>
        <source>The birth date or area code in this ID does not exist.</source>
        <translation>该身份证号码中的出生日期或地区码不存在。</translation>
    </message>
    <message>
        <source>A resident ID is 17 digits followed by a digit or X.</source>
        <translation>身份证号码为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The birth date in this ID is in the future.</source>
        <translation>该身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>卡号只能包含数字。</translation>
    </message>
    <message>
        <source>A bank card has 16 to 19 digits; this one has %1.</source>
        <translation>银行卡号应为 16 至 19 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>The card number fails its check digit: a digit is mistyped.</source>
        <translation>卡号校验未通过，可能有数字输错。</translation>
    </message>
    <message>
        <source>Enter the account.</source>
        <translation>请输入账号。</translation>
    </message>
    <message>
        <source>An Alipay account is a mobile number, an e-mail address or a 2088 user ID.</source>
        <translation>支付宝账号应为手机号、电子邮箱或 2088 开头的用户号。</translation>
    </message>
    <message>
        <source>A WeChat ID is 6-20 letters, digits, - or _, starting with a letter, or a mobile number.</source>
        <translation>微信号为字母开头的 6 至 20 位字母、数字、- 或 _，或手机号。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 5000, 5000.50 or 50万.</source>
        <translation>请以元为单位填写金额，如 5000、5000.50 或 50万。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（分）。</translation>
    </message>
    <message>
        <source>The amount is too large; check the digits.</source>
        <translation>金额过大，请核对位数。</translation>
    </message>
    <message>
        <source>A resident ID has 18 characters (an old one 15 digits); this one has %1.</source>
        <translation>身份证号码应为 18 位（老证件为 15 位数字），当前为 %1 位。</translation>
    </message>
    <message>
        <source>An old 15-character resident ID has digits only.</source>
        <translation>15 位的老身份证号码只能是数字。</translation>
    </message>
    <message>
        <source>Enter the time.</source>
        <translation>请输入时间。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>该时间晚于当前时间。</translation>
    </message>
</context>
</TS>
