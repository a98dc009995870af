<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Live call</source>
        <translation>接警通话</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警处置</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
    <message>
        <source>Stop-payments</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>Case lookup</source>
        <translation>案件查询</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>数据统计</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>新建通话</translation>
    </message>
    <message>
        <source>Answer call</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Emergency stop-payment</source>
        <translation>紧急止付</translation>
    </message>
    <message>
        <source>Dispatch to station</source>
        <translation>下发派出所</translation>
    </message>
    <message>
        <source>Send warning SMS</source>
        <translation>发送预警短信</translation>
    </message>
    <message>
        <source>Go to notes</source>
        <translation>转到通话记录</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Issue stop-payment request</source>
        <translation>发出止付申请</translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>全库检索</translation>
    </message>
    <message>
        <source>Take warning</source>
        <translation>领取预警</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>添加转账记录</translation>
    </message>
    <message>
        <source>Go to the outcome</source>
        <translation>填写处置结果</translation>
    </message>
    <message>
        <source>Next side tab: scripts, history, awaiting outcome</source>
        <translation>切换右侧标签：话术、来电历史、待填结果</translation>
    </message>
    <message>
        <source>Use the caller&apos;s known details</source>
        <translation>使用来电人已有信息</translation>
    </message>
    <message>
        <source>Resume a call awaiting its outcome</source>
        <translation>继续待填结果的通话</translation>
    </message>
    <message>
        <source>Start the escalation ladder</source>
        <translation>启动逐级联系</translation>
    </message>
    <message>
        <source>Command bar</source>
        <translation>命令栏</translation>
    </message>
    <message>
        <source>Station dispatches</source>
        <translation>派出所下发</translation>
    </message>
    <message>
        <source>Save the station&apos;s feedback</source>
        <translation>保存派出所反馈</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Senior staff</source>
        <translation>资深民警</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>County bureau</source>
        <translation>县区公安局</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>新角色：</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Station or district:</source>
        <translation>派出所或县区：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Police stations</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Fraud types and red-flag words</source>
        <translation>诈骗类型及预警关键词</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Card BIN prefixes</source>
        <translation>银行卡 BIN 号段</translation>
    </message>
    <message>
        <source>Warning levels and deadlines</source>
        <translation>预警级别及处置时限</translation>
    </message>
    <message>
        <source>SMS templates</source>
        <translation>短信模板</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; every change is recorded in the audit log.</source>
        <translation>双击单元格即可修改；每次修改都记入审计日志。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>区县代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Red-flag words</source>
        <translation>预警关键词</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Card prefix</source>
        <translation>卡号前缀</translation>
    </message>
    <message>
        <source>Card length</source>
        <translation>卡号长度</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>银行代码</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡种</translation>
    </message>
    <message>
        <source>Deadline (minutes)</source>
        <translation>处置时限（分钟）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes (numbers masked)</source>
        <translation>变更内容（号码已脱敏）</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Stop-payment requests</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>Stopped accounts</source>
        <translation>止付账户</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Dispatches</source>
        <translation>派出所下发</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>bank result</source>
        <translation>登记银行反馈</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>大小（MB）</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择目录…</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>This console is a seat of the centre&apos;s server: &quot;Back up now&quot; writes the whole server database to a file here (pg_dump); daily backups are the server&apos;s own schedule.</source>
        <translation>本工作台是中心服务器的席位：“立即备份”会把整个服务器数据库写入此处的文件（pg_dump）；每日备份由服务器自己的计划任务完成。</translation>
    </message>
    <message>
        <source>A backup is also made automatically once a day; the newest %1 are kept.</source>
        <translation>系统每天自动备份一次，保留最近 %1 份。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份目录</translation>
    </message>
    <message>
        <source>The folder could not be saved: %1</source>
        <translation>备份目录未能保存：%1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current database with this backup? A copy of the current content is kept beside the file. Other seats keep working and see the restored data; this console closes and must be started again.</source>
        <translation>用这个备份替换当前数据库吗？当前内容会另存一份副本放在同一文件夹。其他席位可继续工作，看到的是恢复后的数据；本工作台将关闭，需要重新启动。</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>The backup was restored. The replaced content is kept in %1. The console closes now; start it again.</source>
        <translation>备份已恢复。被替换的内容保存在 %1。工作台现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>该备份无法恢复：%1</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>e.g. 450000 or 45万</source>
        <translation>例如 450000 或 45万</translation>
    </message>
    <message>
        <source>Write the amount, e.g. 450000 or 45万.</source>
        <translation>请填写金额，例如 450000 或 45万。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This database was written by a newer version of the console. Update the console to open it:
%1</source>
        <translation>此数据库由更新版本的控制台写入，请先升级控制台再打开：
%1</translation>
    </message>
    <message>
        <source>The database file is read-only, so the console cannot work in it:
%1

The file itself is sound. Give your user write permission on the file and its folder (or copy it to a writable folder and start with --db on the copy).</source>
        <translation>数据库文件是只读的，工作台无法在其中工作：
%1

文件本身完好。请给当前用户开通该文件及所在文件夹的写权限（或复制到可写的文件夹，用 --db 指定副本启动）。</translation>
    </message>
    <message>
        <source>The database file is damaged and was not opened:
%1

Restore the newest backup, or start with --db on a backup copy.</source>
        <translation>数据库文件已损坏，未打开：
%1

请恢复最新的备份，或用 --db 打开备份副本。</translation>
    </message>
    <message>
        <source>The centre&apos;s database server refused this seat:
%1

Check the user in the address and its password in ~/.pgpass (or the passfile named in the address); an administrator can test the address under Administration, Database server.</source>
        <translation>中心数据库服务器拒绝了本席位的连接：
%1

请核对地址中的用户，以及 ~/.pgpass（或地址中指定的 passfile）中的密码；管理员可在“系统管理 - 数据库服务器”中测试该地址。</translation>
    </message>
    <message>
        <source>The centre&apos;s database server could not be reached:
%1

Check the network and that the server is running; an administrator can test the address under Administration, Database server. The console&apos;s log has the details.</source>
        <translation>无法连接中心数据库服务器：
%1

请检查网络，并确认服务器已启动；管理员可在“系统管理 - 数据库服务器”中测试该地址。详细情况见工作台日志。</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1

The console&apos;s log has the details (%2).</source>
        <translation>数据库无法打开：
%1

详细信息已写入本机日志（%2）。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The database file is damaged and was not opened:
%1

Restore the newest backup (%2)? The damaged file is kept beside it.</source>
        <translation>数据库文件已损坏，未打开：
%1

是否恢复最新的备份（%2）？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>No backup was made today: %1</source>
        <translation>今天的备份未完成：%1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>READ-ONLY: database damaged</source>
        <translation>只读：数据库已损坏</translation>
    </message>
    <message>
        <source>The database file is damaged:
%1

The console has stopped writing to it: you can still read, but nothing new is saved. Restore the newest backup (Administration, Backups) or restart the console to be offered it.</source>
        <translation>数据库文件已损坏：
%1

工作台已停止向其写入：仍可查看，但新的内容不会保存。请恢复最新备份（系统管理 → 备份），或重启工作台，按提示恢复。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The audit trail was altered outside the console: row %1 (written %2) does not follow from the rows before it. Rows from there on cannot be trusted; keep the file and the backups for investigation.</source>
        <translation>审计日志在工作台之外被改动过：第 %1 条（记录于 %2）与前面的记录对不上。从这一条起的记录不可信；请保留数据库文件和备份，以便调查。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The server&apos;s backup could not be made; the existing backups are kept. The console&apos;s log has PostgreSQL&apos;s words.</source>
        <translation>服务器备份未能完成，原有备份均已保留。PostgreSQL 的原始提示见工作台日志。</translation>
    </message>
    <message>
        <source>The database is damaged; no backup was made and the existing backups are kept: %1</source>
        <translation>数据库已损坏，未进行备份，原有备份均已保留：%1</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This file is not a readable backup of the server&apos;s database.</source>
        <translation>该文件不是可读取的服务器数据库备份。</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>The file comes from a newer version of the console.</source>
        <translation>该文件来自更新版本的工作台。</translation>
    </message>
    <message>
        <source>This is not a database of the console.</source>
        <translation>这不是工作台的数据库。</translation>
    </message>
    <message>
        <source>The file is not a readable database: %1</source>
        <translation>该文件不是可读取的数据库：%1</translation>
    </message>
    <message>
        <source>This backup is of another kind of database (a PC&apos;s file or a centre&apos;s server) and cannot be restored here.</source>
        <translation>该备份属于另一类数据库（单机文件或中心服务器），不能在这里恢复。</translation>
    </message>
    <message>
        <source>The server&apos;s database could not be restored; it is as it was. Only the schema&apos;s owner may restore it. The console&apos;s log has PostgreSQL&apos;s words.</source>
        <translation>服务器数据库未能恢复，内容保持原样。只有数据库结构所有者才能恢复。PostgreSQL 的原始提示见工作台日志。</translation>
    </message>
    <message>
        <source>The database file is readable: sign in as an administrator to restore a backup.</source>
        <translation>数据库文件可以正常读取：请以管理员身份登录后再恢复备份。</translation>
    </message>
    <message>
        <source>The backup could not be written into the database: %1</source>
        <translation>备份未能写入数据库：%1</translation>
    </message>
    <message>
        <source>The restored database did not pass the check: %1</source>
        <translation>恢复后的数据库未通过检查：%1</translation>
    </message>
</context>
<context>
    <name>BankResultsDialog</name>
    <message>
        <source>Bank results for the whole request</source>
        <translation>整份申请的银行反馈</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>转入金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount stopped or frozen (yuan)</source>
        <translation>止付或冻结金额（元）</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无反馈</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Say why the stop failed.</source>
        <translation>请说明止付失败的原因。</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>Caller and victim</source>
        <translation>来电人与受害人</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>Caller resident ID</source>
        <translation>来电人身份证号</translation>
    </message>
    <message>
        <source>Caller phone</source>
        <translation>来电人电话</translation>
    </message>
    <message>
        <source>The caller is the victim</source>
        <translation>来电人即受害人</translation>
    </message>
    <message>
        <source>Victim name</source>
        <translation>受害人姓名</translation>
    </message>
    <message>
        <source>Victim resident ID</source>
        <translation>受害人身份证号</translation>
    </message>
    <message>
        <source>Victim phone</source>
        <translation>受害人电话</translation>
    </message>
    <message>
        <source>Victim&apos;s account (paid from)</source>
        <translation>受害人付款账号</translation>
    </message>
    <message>
        <source>The card or account the money left from</source>
        <translation>钱款转出的银行卡或账户</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>来电类型</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>（尚未确定）</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>What the caller says: who contacted them, how, what was asked, what was paid...</source>
        <translation>来电人陈述：谁通过什么方式联系、要求做什么、已转账多少……</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Three-way call made</source>
        <translation>已进行三方通话</translation>
    </message>
    <message>
        <source>Three-way call with the command centre / alert platform made</source>
        <translation>已与指挥中心/接警平台进行三方通话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account / card number</source>
        <translation>账号/卡号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>涉案账户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转账记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未结束）</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <source>Loss suffered (yuan)</source>
        <translation>损失金额（元）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>%1 account(s)</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>Known caller: %1 (Alt+K fills in)</source>
        <translation>已有记录的来电人：%1（按 Alt+K 填入）</translation>
    </message>
    <message>
        <source>Suspect (receiving)</source>
        <translation>涉案收款</translation>
    </message>
    <message>
        <source>Victim (paying)</source>
        <translation>受害人付款</translation>
    </message>
    <message>
        <source>Suggested: %1 (words: %2). Click to confirm.</source>
        <translation>建议类型：%1（关键词：%2）。点击确认。</translation>
    </message>
</context>
<context>
    <name>CallHeader</name>
    <message>
        <source>Type or paste the caller&apos;s number, then Enter</source>
        <translation>输入或粘贴来电号码，按回车开始</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <source>Number from abroad</source>
        <translation>境外号码</translation>
    </message>
    <message>
        <source>Virtual-operator range (170/171/162/165/167)</source>
        <translation>虚拟运营商号段（170/171/162/165/167）</translation>
    </message>
    <message>
        <source>Looks like a spoofed official number</source>
        <translation>疑似伪冒官方号码</translation>
    </message>
    <message>
        <source>Not a valid number: kept as typed</source>
        <translation>号码无效：已按原样保留</translation>
    </message>
    <message>
        <source>Already in our records as a fraud number</source>
        <translation>已在库中记录为涉诈号码</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>固话</translation>
    </message>
    <message>
        <source>short number</source>
        <translation>短号码</translation>
    </message>
    <message>
        <source>international</source>
        <translation>国际号码</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>当前无通话</translation>
    </message>
    <message>
        <source>Ctrl+N: new call. A ringing line appears here by itself.</source>
        <translation>Ctrl+N 新建通话；专线来电会自动弹屏显示在这里。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 号线</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <source>Money moved %1 ago</source>
        <translation>资金转出已 %1</translation>
    </message>
    <message>
        <source>48 h window left %1</source>
        <translation>48 小时止付期剩余 %1</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
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
        <source>Line %1 is ringing: %2</source>
        <translation>%1 号线来电：%2</translation>
    </message>
    <message>
        <source>The caller hung up at %1. Finish the notes; the outcome is asked when you stop typing.</source>
        <translation>来电人已于 %1 挂机。请补完记录，停止输入后会请您登记处置结果。</translation>
    </message>
    <message>
        <source>Line %1 hung up: the call with %2 was closed with its outcome.</source>
        <translation>%1 号线已挂机：与 %2 的通话已按所选结果结束。</translation>
    </message>
    <message>
        <source>Line %1 hung up: the call with %2 awaits its outcome (Ctrl+Shift+R).</source>
        <translation>%1 号线已挂机：与 %2 的通话待登记结果（Ctrl+Shift+R）。</translation>
    </message>
    <message>
        <source>The draft of call %1 could not be restored. It was set aside and kept; the call is on the list awaiting an outcome.</source>
        <translation>通话 %1 的草稿无法恢复，已另行保存；该通话已列入待填结果清单。</translation>
    </message>
    <message>
        <source>Restored the unfinished call of %1 from its draft, as it was last typed.</source>
        <translation>已从草稿恢复 %1 未完成的通话，内容与最后一次录入一致。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Nothing to stop yet: type the receiving account or a transfer first.</source>
        <translation>暂无可止付内容：请先录入收款账户或转账记录。</translation>
    </message>
    <message>
        <source>%1 call(s) awaiting an outcome (Ctrl+Shift+R)</source>
        <translation>%1 个通话待填结果（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Not saved: changed on another seat</source>
        <translation>未保存：其他席位已修改</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved; %1 field(s) to check</source>
        <translation>已保存；有 %1 处需核对</translation>
    </message>
    <message>
        <source>the local police station</source>
        <translation>当地派出所</translation>
    </message>
    <message>
        <source>Looking up earlier records…</source>
        <translation>正在查找历史记录…</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>下发派出所</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已下发</translation>
    </message>
    <message>
        <source>The station has been assigned.</source>
        <translation>已下发至派出所。</translation>
    </message>
</context>
<context>
    <name>CallbacksDialog</name>
    <message>
        <source>Repeat victims to call back</source>
        <translation>需回访的受害人</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>回访情况（可不填）</translation>
    </message>
    <message>
        <source>Reached and warned</source>
        <translation>已联系并提醒</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>This is not a phone number; it is kept as typed.</source>
        <translation>这不是有效的电话号码，已按原样保留。</translation>
    </message>
    <message>
        <source>This receiving account is not among the call&apos;s accounts: add it there, or pick one of them.</source>
        <translation>该收款账号不在本次来电的涉案账户中：请先在上方添加，或从中选择。</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-25 13:05 or 13:05.</source>
        <translation>时间请写成 2026-11-25 13:05 或 13:05。</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>scripts shown: %1</source>
        <translation>所用话术：%1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Changed by %1 at %2 on another seat; nothing was saved. Look at it again, then save.</source>
        <translation>%1 已于 %2 在另一席位修改了此记录，本次未保存。请重新查看后再保存。</translation>
    </message>
</context>
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
<context>
    <name>CommandBar</name>
    <message>
        <source>zf · cb 30m · pc 孝南书院 · log … · find … · ladder · any action</source>
        <translation>zf · cb 30m · pc 孝南书院 · log … · find … · ladder · 任一操作</translation>
    </message>
    <message>
        <source>Stop-payment opened for this call</source>
        <translation>已为本通话打开止付申请</translation>
    </message>
    <message>
        <source>Write what to look for after find.</source>
        <translation>请在 find 后写要查询的内容。</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>正在查询 %1</translation>
    </message>
    <message>
        <source>Escalation ladder started</source>
        <translation>已启动逐级联系</translation>
    </message>
    <message>
        <source>cb works on a warning: select one in the queue or call it back.</source>
        <translation>cb 用于预警：请在队列中选中一条预警，或回拨该预警。</translation>
    </message>
    <message>
        <source>Call back at %1 (command bar)</source>
        <translation>%1 回拨（命令栏）</translation>
    </message>
    <message>
        <source>Warning #%1 will be called back at %2</source>
        <translation>预警 #%1 将于 %2 回拨</translation>
    </message>
    <message>
        <source>Sent to the door from the command bar</source>
        <translation>经命令栏下发上门劝阻</translation>
    </message>
    <message>
        <source>pc works on a warning or a call.</source>
        <translation>pc 用于预警或通话。</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>已下发至 %1</translation>
    </message>
    <message>
        <source>Write the note after log.</source>
        <translation>请在 log 后写备注内容。</translation>
    </message>
    <message>
        <source>There is no case in hand for the note.</source>
        <translation>当前没有可加备注的案件。</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>备注已添加</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Try zf, cb 30m, pc, log, find or an action&apos;s name.</source>
        <translation>未知命令“%1”。可用 zf、cb 30m、pc、log、find 或操作名称。</translation>
    </message>
    <message>
        <source>%1 is not available now.</source>
        <translation>%1 当前不可用。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Emergency stop-payment for this call</source>
        <translation>为本通话发起紧急止付</translation>
    </message>
    <message>
        <source>Call back in … (e.g. cb 30m, cb 2h)</source>
        <translation>… 后回拨（如 cb 30m、cb 2h）</translation>
    </message>
    <message>
        <source>Dispatch to a station (e.g. pc 孝南书院)</source>
        <translation>下发派出所（如 pc 孝南书院）</translation>
    </message>
    <message>
        <source>A note on the current case</source>
        <translation>给当前案件加备注</translation>
    </message>
    <message>
        <source>Look up a number, name or case</source>
        <translation>查询号码、姓名或案件</translation>
    </message>
    <message>
        <source>Start the escalation ladder</source>
        <translation>启动逐级联系</translation>
    </message>
    <message>
        <source>Say when, e.g. cb 30m or cb 2h.</source>
        <translation>请说明时间，如 cb 30m 或 cb 2h。</translation>
    </message>
    <message>
        <source>Name the station, e.g. pc 孝南.</source>
        <translation>请写派出所名称，如 pc 孝南。</translation>
    </message>
    <message>
        <source>No station matches “%1”.</source>
        <translation>没有与“%1”匹配的派出所。</translation>
    </message>
    <message>
        <source>Several stations match “%1”: %2</source>
        <translation>有多个派出所与“%1”匹配：%2</translation>
    </message>
    <message>
        <source>Write the note after log.</source>
        <translation>请在 log 后写备注内容。</translation>
    </message>
    <message>
        <source>There is no case in hand for the note.</source>
        <translation>当前没有可加备注的案件。</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Show the call as the other seat saved it (what you typed since is dropped)</source>
        <translation>显示其他席位保存的内容（您之后输入的内容将被丢弃）</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Save what you typed over the other seat&apos;s change</source>
        <translation>用您输入的内容覆盖其他席位的修改</translation>
    </message>
    <message>
        <source>Show theirs</source>
        <translation>查看对方版本</translation>
    </message>
    <message>
        <source>Look at the other seat&apos;s version; what you typed stays kept</source>
        <translation>查看其他席位保存的版本；您输入的内容仍然保留</translation>
    </message>
    <message>
        <source>Back to mine</source>
        <translation>回到我的版本</translation>
    </message>
    <message>
        <source>%1 changed this call on another seat at %2. Your typing since is kept but not saved: reload their version, or keep yours and save it over theirs.</source>
        <translation>%1 于 %2 在其他席位修改了这条通话记录。您之后输入的内容已暂存但未保存：请重新载入对方的版本，或保留您的版本并覆盖对方的修改。</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Daily volumes</source>
        <translation>每日数量</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch to a station</source>
        <translation>下发派出所</translation>
    </message>
    <message>
        <source>Type part of the station or district name</source>
        <translation>输入派出所或区县名称的一部分</translation>
    </message>
    <message>
        <source>Face-to-face dissuasion</source>
        <translation>见面劝阻</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>下发事由</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Choose a station.</source>
        <translation>请选择派出所。</translation>
    </message>
</context>
<context>
    <name>DueCallbacksModel</name>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>损失金额</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72 小时</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
</context>
<context>
    <name>EffectivenessView</name>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Victim state</source>
        <translation>受害人状态</translation>
    </message>
    <message>
        <source>Dissuasion rate</source>
        <translation>劝阻成功率</translation>
    </message>
    <message>
        <source>Calls with outcome</source>
        <translation>有结果的通话</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Shown in calls</source>
        <translation>通话中显示次数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>定级代码</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话数</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <source>Key questions asked</source>
        <translation>关键问题已问</translation>
    </message>
    <message>
        <source>Script sections shown</source>
        <translation>已显示话术环节</translation>
    </message>
    <message>
        <source>Response matched</source>
        <translation>处置是否对应</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>A rate over fewer than %1 calls with an outcome is shown grey: too few to judge.</source>
        <translation>有结果的通话不足 %1 个的成功率显示为灰色：样本太少，不足以下结论。</translation>
    </message>
    <message>
        <source>Calls per code (fraud type - victim state - urgency)</source>
        <translation>各定级代码的通话数（诈骗类型-受害人状态-紧急程度）</translation>
    </message>
    <message>
        <source>Calls to review, newest first, with their compliance grade</source>
        <translation>待抽查的通话（最新在前）及其规范评级</translation>
    </message>
    <message>
        <source>too few calls to judge</source>
        <translation>样本太少，不足以判断</translation>
    </message>
    <message>
        <source>(no state)</source>
        <translation>（未定状态）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. What you typed has been kept as a draft.
Details are in the log: %1</source>
        <translation>抱歉，程序出现错误。您输入的内容已保存为草稿。
详细信息见日志：%1</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>%1 is in the way: a folder or link has that name</source>
        <translation>已有同名的文件夹或链接 %1 挡住了文件</translation>
    </message>
    <message>
        <source>%1 came out empty</source>
        <translation>%1 生成后是空文件</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Station feedback</source>
        <translation>派出所反馈</translation>
    </message>
    <message>
        <source>%1, asked by %2</source>
        <translation>%1，要求 %2 前完成</translation>
    </message>
    <message>
        <source>Visited the person</source>
        <translation>已上门见到本人</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Money had already gone</source>
        <translation>已被骗（钱已转出）</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <source>What the station found</source>
        <translation>派出所核查情况</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account.</source>
        <translation>此数据库还没有用户，请创建管理员账号。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>named as the fraud number</source>
        <translation>被列为涉诈号码</translation>
    </message>
</context>
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
<context>
    <name>Interview</name>
    <message>
        <source>no state</source>
        <translation>状态未定</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <source>Type the answer, Enter (empty Enter skips)</source>
        <translation>输入回答后按回车（直接回车跳过）</translation>
    </message>
    <message>
        <source>F6 interview · digits answer · 0 skips · Backspace goes back · Alt+1…Alt+6 victim state</source>
        <translation>F6 问询 · 数字键作答 · 0 跳过 · 退格返回上一题 · Alt+1…Alt+6 受害人状态</translation>
    </message>
    <message>
        <source>No code yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <source>Emergency stop-payment now (Ctrl+Shift+Z)</source>
        <translation>立即紧急止付（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Dispatch the station to the victim (Ctrl+Shift+D)</source>
        <translation>派出所上门（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Past the 48-hour window: report at the station</source>
        <translation>已过48小时止付期：到派出所报案</translation>
    </message>
    <message>
        <source>Scripts for: %1</source>
        <translation>话术：%1</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Key questions asked: %1 of %2</source>
        <translation>关键问题已问 %1/%2</translation>
    </message>
    <message>
        <source>Interview complete. Backspace reopens the last question.</source>
        <translation>问询完成。按退格可重答上一题。</translation>
    </message>
    <message>
        <source>What kind of fraud is it?</source>
        <translation>是哪一类诈骗？</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>APP：%1</translation>
    </message>
    <message>
        <source>Fraud number: %1</source>
        <translation>诈骗号码：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>victim&apos;s account</source>
        <translation>受害人账户</translation>
    </message>
    <message>
        <source>suspect&apos;s account</source>
        <translation>涉案账户</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未发出</translation>
    </message>
    <message>
        <source>issued, awaiting the bank</source>
        <translation>已发出，待银行反馈</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>not stopped</source>
        <translation>止付失败</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>new</source>
        <translation>待处置</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>dispatched to a station</source>
        <translation>已下发派出所</translation>
    </message>
    <message>
        <source>back for review</source>
        <translation>二次研判</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>with the station</source>
        <translation>派出所处置中</translation>
    </message>
    <message>
        <source>station reported back</source>
        <translation>派出所已反馈</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>The ladder is already running for this warning.</source>
        <translation>该预警的逐级联系已在进行中。</translation>
    </message>
    <message>
        <source>No ladder is running for this warning.</source>
        <translation>该预警没有正在进行的逐级联系。</translation>
    </message>
    <message>
        <source>No warning SMS template is set up for this fraud type.</source>
        <translation>该诈骗类型没有设置预警短信模板。</translation>
    </message>
</context>
<context>
    <name>LadderPanel</name>
    <message>
        <source>Escalation ladder</source>
        <translation>逐级联系</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>warning SMS</source>
        <translation>预警短信</translation>
    </message>
    <message>
        <source>emergency contact / family</source>
        <translation>紧急联系人 / 家属</translation>
    </message>
    <message>
        <source>station to the door</source>
        <translation>派出所上门</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>短信已发</translation>
    </message>
    <message>
        <source>Could not send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Not running. Start it with %1 when the person cannot be reached.</source>
        <translation>未启动。联系不上当事人时按 %1 启动。</translation>
    </message>
    <message>
        <source>Ladder ended.</source>
        <translation>逐级联系已结束。</translation>
    </message>
    <message>
        <source>due %1 (%2 min)</source>
        <translation>限 %1（%2 分钟）</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Stop-payments</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Dispatches</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>Phone (any format), card or its last digits, ID number, name, words of the notes…</source>
        <translation>电话（任意格式）、卡号或尾号、身份证号、姓名、记录中的字词……</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All fraud types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>案件时间线</translation>
    </message>
    <message>
        <source>Shared accounts</source>
        <translation>串并账户</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3, newest first)</source>
        <translation>%1（共 %3 条，已显示 %2 条，最新在前）</translation>
    </message>
    <message>
        <source>Show the next %1… (Enter)</source>
        <translation>再显示 %1 条…（回车）</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到记录。</translation>
    </message>
    <message>
        <source>%1 records found</source>
        <translation>找到 %1 条记录</translation>
    </message>
    <message>
        <source>%1 shown, newest first; Enter on the last row of a group shows more</source>
        <translation>已显示 %1 条，最新在前；在分组最后一行按回车显示更多</translation>
    </message>
    <message>
        <source>Save the case as PDF</source>
        <translation>将案件保存为 PDF</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>The case could not be saved to %1 (%2).</source>
        <translation>案件未能保存到 %1（%2）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>涉及案件数</translation>
    </message>
    <message>
        <source>Total received (yuan)</source>
        <translation>累计收款（元）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>止付申请</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Anti-fraud hotline console</source>
        <translation>反诈专线工作台</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>%1 signed out. Everything typed was saved.</source>
        <translation>%1 已退出登录，所录内容均已保存。</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>You may not open this page.</source>
        <translation>您无权打开此页面。</translation>
    </message>
    <message>
        <source>Line %1 is ringing: %2. Enter your password to take the call.</source>
        <translation>%1 号线来电：%2。请输入密码接听。</translation>
    </message>
    <message>
        <source>The previous call was saved; reopen it from the caller&apos;s history or the case lookup.</source>
        <translation>上一通电话已保存，可从来电历史或案件查询中重新打开。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>NewWarningDialog</name>
    <message>
        <source>New warning</source>
        <translation>新增预警</translation>
    </message>
    <message>
        <source>Phone of the person warned, any format</source>
        <translation>预警对象电话，任意格式</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Fraud number</source>
        <translation>涉诈号码</translation>
    </message>
    <message>
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>加入预警队列</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome of the call</source>
        <translation>通话处置结果</translation>
    </message>
    <message>
        <source>The call with %1 has no outcome yet. Choose it, or say that it will follow: the call then waits on your list of calls awaiting an outcome.</source>
        <translation>与 %1 的通话还没有处置结果。请现在选择，或选择“稍后填写”：该通话将列入您的待填结果清单。</translation>
    </message>
    <message>
        <source>(choose the outcome)</source>
        <translation>（请选择处置结果）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>&amp;Outcome later</source>
        <translation>稍后填写(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>返回通话</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>登记处置结果</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Not reached: try again later</source>
        <translation>未联系上：稍后再拨</translation>
    </message>
    <message>
        <source>Already defrauded: go to the stop-payment</source>
        <translation>已被骗：转紧急止付</translation>
    </message>
    <message>
        <source>Not fraud / false alarm</source>
        <translation>非诈骗/误报</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <source>Try again at</source>
        <translation>再次联系时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The retry time must be later than now.</source>
        <translation>再次联系时间必须晚于现在。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Live call</source>
        <translation>接警通话</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警处置</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
    <message>
        <source>Stop-payments</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>Case lookup</source>
        <translation>案件查询</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>数据统计</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Station dispatches</source>
        <translation>派出所下发</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>Other users of this computer can read the database file, and it could not be made private:
%1

Ask the administrator to restrict it to your account.</source>
        <translation>本机其他用户可以读取数据库文件，且无法改为仅本人可读：
%1

请联系管理员将其权限限制为仅您的账户可读。</translation>
    </message>
    <message>
        <source>Other users of this computer could read the database file. It is now readable by you only:
%1</source>
        <translation>本机其他用户原本可以读取数据库文件，现已改为仅您本人可读：
%1</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>the victim&apos;s name</source>
        <translation>受害人姓名</translation>
    </message>
    <message>
        <source>the amount transferred</source>
        <translation>转账金额</translation>
    </message>
    <message>
        <source>the first receiving (suspect) account</source>
        <translation>涉案收款账户</translation>
    </message>
    <message>
        <source>the local police station</source>
        <translation>属地派出所</translation>
    </message>
    <message>
        <source>the scammer&apos;s number</source>
        <translation>诈骗号码</translation>
    </message>
    <message>
        <source>the officer&apos;s name</source>
        <translation>民警姓名</translation>
    </message>
    <message>
        <source>the caller&apos;s number</source>
        <translation>来电号码</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>排序原因</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Fraud number / app</source>
        <translation>涉诈号码 / APP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>处置时限 %1</translation>
    </message>
    <message>
        <source>ladder %1/4 due %2</source>
        <translation>逐级 %1/4 限 %2</translation>
    </message>
</context>
<context>
    <name>RepeatVictims</name>
    <message>
        <source>Warn them: anyone who offers to get the money back for a fee (a &apos;recovery service&apos;, a &apos;lawyer&apos;, a &apos;refund channel&apos;) is the next fraud. The police never charge to return money.</source>
        <translation>务必提醒：凡是声称收费帮忙追回损失的（“追损服务”“律师”“退款渠道”），都是新的诈骗。公安机关返还被骗资金从不收取任何费用。</translation>
    </message>
    <message>
        <source>This callback was already made.</source>
        <translation>该回访已经做过。</translation>
    </message>
    <message>
        <source>Repeat victim: lost %1 on %2, watched until %3. Warn about &apos;recovery service&apos; fraud.</source>
        <translation>曾被骗受害人：%2 被骗 %1，重点关注至 %3。请提醒谨防“追损”诈骗。</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Request no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>排序原因</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>Window left</source>
        <translation>止付期剩余</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
</context>
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
        <source>This version is not waiting for review.</source>
        <translation>该版本不在待审核状态。</translation>
    </message>
    <message>
        <source>Another senior must review your own script.</source>
        <translation>自己的话术须由另一位资深民警审核。</translation>
    </message>
</context>
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
    <message>
        <source>Lines changed: %1</source>
        <translation>改动行数：%1</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>数据库服务器：</translation>
    </message>
    <message>
        <source>A centre&apos;s seats share one PostgreSQL server. Type its address (a URL or a libpq service); the console opens it at its next start unless started with --db. Leave it empty to use this PC&apos;s own database file.</source>
        <translation>中心各席位共用一台 PostgreSQL 服务器。请填写服务器地址（URL 或 libpq 服务名）；工作台下次启动时将打开该服务器（启动时指定了 --db 的除外）。留空则使用本机自己的数据库文件。</translation>
    </message>
    <message>
        <source>The password is never kept in the settings: libpq reads it from ~/.pgpass (or the passfile named in the address), or the system keyring supplies it.</source>
        <translation>密码不会保存在设置中：由 libpq 从 ~/.pgpass（或地址中指定的 passfile）读取，或由系统密钥环提供。</translation>
    </message>
    <message>
        <source>This console is using: %1</source>
        <translation>本工作台当前使用：%1</translation>
    </message>
    <message>
        <source>This is not a server address: type postgresql://user@host:port/database or service=name.</source>
        <translation>这不是服务器地址：请填写 postgresql://用户@主机:端口/数据库 或 service=服务名。</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>请先填写服务器地址。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 %2.</source>
        <translation>已连接：%1 %2。</translation>
    </message>
    <message>
        <source>The database is up to date with this console (%1 schema steps).</source>
        <translation>数据库结构与本工作台一致（共 %1 步）。</translation>
    </message>
    <message>
        <source>The database holds no console data yet: start the console once as the schema&apos;s owner to create it.</source>
        <translation>该数据库还没有工作台数据：请先以数据库结构所有者身份启动一次工作台来创建。</translation>
    </message>
    <message>
        <source>The database&apos;s schema is older than this console (%1 of %2 steps): start the console once as the schema&apos;s owner to upgrade it.</source>
        <translation>数据库结构比本工作台旧（已完成 %1 步，共 %2 步）：请先以数据库结构所有者身份启动一次工作台进行升级。</translation>
    </message>
    <message>
        <source>The database was written by a newer console: update this console before using it.</source>
        <translation>该数据库由更新版本的工作台写入：请先升级本工作台再使用。</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check the user in the address and its line in ~/.pgpass (or the passfile named in the address).</source>
        <translation>服务器拒绝了用户名或密码。请核对地址中的用户，以及 ~/.pgpass（或地址中指定的 passfile）中对应的一行。</translation>
    </message>
    <message>
        <source>No database server answered at this address. Check the host and port, and that the server is running.</source>
        <translation>该地址没有数据库服务器响应。请核对主机和端口，并确认服务器已启动。</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>服务器上没有这个名称的数据库。</translation>
    </message>
    <message>
        <source>The server does not let this user connect to this database: ask the server&apos;s administrator.</source>
        <translation>服务器不允许该用户连接此数据库：请联系服务器管理员。</translation>
    </message>
    <message>
        <source>This address cannot be read: type postgresql://user@host:port/database or service=name.</source>
        <translation>无法识别该地址：请填写 postgresql://用户@主机:端口/数据库 或 service=服务名。</translation>
    </message>
    <message>
        <source>The server could not be used; the console&apos;s log has the details.</source>
        <translation>无法使用该服务器，详细情况见工作台日志。</translation>
    </message>
    <message>
        <source>Not saved: the address holds a password. Put the password in ~/.pgpass (or the passfile named in the address) and type the address without it.</source>
        <translation>未保存：地址中含有密码。请把密码写入 ~/.pgpass（或地址中指定的 passfile），地址中不要填写密码。</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <source>Saved. The console opens %1 at its next start (a --db given at start wins).</source>
        <translation>已保存。工作台下次启动时将打开 %1（启动时指定 --db 的以 --db 为准）。</translation>
    </message>
    <message>
        <source>Saved. The console opens this PC&apos;s own database at its next start.</source>
        <translation>已保存。工作台下次启动时将打开本机自己的数据库。</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Anti-fraud hotline console</source>
        <translation>反诈专线工作台</translation>
    </message>
    <message>
        <source>Sign in to take the seat.</source>
        <translation>请登录后接班。</translation>
    </message>
    <message>
        <source>Seat locked</source>
        <translation>坐席已锁定</translation>
    </message>
    <message>
        <source>The console was locked after a time without input. Enter your password to go on, or sign out for the next officer. Nothing typed is lost.</source>
        <translation>长时间无操作，接警台已锁定。输入密码继续工作，或退出登录交给下一位民警。已录入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation>失败次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation>该用户已停用。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>stop-payment</source>
        <translation>止付</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation>来电人历史</translation>
    </message>
    <message>
        <source>Calls ended without an outcome. Enter or Ctrl+Shift+R resumes the chosen one.</source>
        <translation>已结束但未填处置结果的通话。按回车或 Ctrl+Shift+R 继续所选通话。</translation>
    </message>
    <message>
        <source>Awaiting outcome</source>
        <translation>待填结果</translation>
    </message>
    <message>
        <source>Awaiting outcome (%1)</source>
        <translation>待填结果（%1）</translation>
    </message>
    <message>
        <source>Choose the fraud type to see its scripts.</source>
        <translation>选择诈骗类型后显示对应的劝阻话术。</translation>
    </message>
    <message>
        <source>%1 earlier records for this caller</source>
        <translation>该来电人有 %1 条历史记录</translation>
    </message>
    <message>
        <source>Caller history (%1)</source>
        <translation>来电人历史（%1）</translation>
    </message>
    <message>
        <source>No earlier record of this caller.</source>
        <translation>该来电人无历史记录。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anti-fraud hotline console&lt;/b&gt;</source>
        <translation>&lt;b&gt;反诈专线工作台&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SmsDialog</name>
    <message>
        <source>Warning SMS</source>
        <translation>预警短信</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <source>Put in the outbox</source>
        <translation>放入发件箱</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>短信模板</translation>
    </message>
    <message>
        <source>%1 characters, %2 SMS</source>
        <translation>%1 字，%2 条短信</translation>
    </message>
</context>
<context>
    <name>StationDispatch</name>
    <message>
        <source>Choose a station.</source>
        <translation>请选择派出所。</translation>
    </message>
    <message>
        <source>The station&apos;s deadline must be later than now.</source>
        <translation>派出所反馈时限必须晚于当前时间。</translation>
    </message>
    <message>
        <source>The loss saved cannot be negative.</source>
        <translation>挽损金额不能为负数。</translation>
    </message>
    <message>
        <source>This dispatch no longer exists.</source>
        <translation>该下发指令已不存在。</translation>
    </message>
</context>
<context>
    <name>StationDispatchModel</name>
    <message>
        <source>Deadline</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>下发事由</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时%1</translation>
    </message>
    <message>
        <source>to visit</source>
        <translation>待上门</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已上门</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>未上门</translation>
    </message>
    <message>
        <source>dissuaded</source>
        <translation>已劝阻</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>Dispatches to %1</source>
        <translation>%1的下发指令</translation>
    </message>
    <message>
        <source>Dispatches to every station</source>
        <translation>各派出所的下发指令</translation>
    </message>
    <message>
        <source>To visit</source>
        <translation>待上门</translation>
    </message>
    <message>
        <source>All, answered too</source>
        <translation>全部（含已反馈）</translation>
    </message>
    <message>
        <source>Visited the person</source>
        <translation>已上门见到当事人</translation>
    </message>
    <message>
        <source>Dissuaded: no money will be sent</source>
        <translation>劝阻成功：不再转账</translation>
    </message>
    <message>
        <source>What you found: whom you met, what they said, what was done</source>
        <translation>上门情况：见到了谁、对方怎么说、做了什么</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>保存反馈</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽回损失（元）</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>上门情况</translation>
    </message>
    <message>
        <source>The dispatches could not be read: %1</source>
        <translation>无法读取下发指令：%1</translation>
    </message>
    <message>
        <source>%1 to visit</source>
        <translation>待上门 %1 件</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>超时 %1 件</translation>
    </message>
    <message>
        <source>This dispatch left the list: it was answered on another seat.</source>
        <translation>该指令已不在列表中：已在另一席位反馈。</translation>
    </message>
    <message>
        <source>No dispatch to answer.</source>
        <translation>暂无待反馈的下发指令。</translation>
    </message>
    <message>
        <source>Warning #%1</source>
        <translation>预警 #%1</translation>
    </message>
    <message>
        <source>Call #%1</source>
        <translation>来电 #%1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>下发事由</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>下发人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Choose a dispatch in the list.</source>
        <translation>请在列表中选择一条下发指令。</translation>
    </message>
    <message>
        <source>This dispatch is for another station.</source>
        <translation>该指令属于其他派出所。</translation>
    </message>
    <message>
        <source>Feedback saved for %1; the centre sees it now.</source>
        <translation>%1 的反馈已保存，中心即时可见。</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>民警 %1</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Warning to first contact: median %1 min, 90%: %2 min.   Call to stop-payment request: median %3 min, 90%: %4 min.</source>
        <translation>预警至首次联系：中位数 %1 分钟，90%分位 %2 分钟。&#x3000;来电至止付申请：中位数 %3 分钟，90%分位 %4 分钟。</translation>
    </message>
    <message>
        <source>Calls by interview code: %1</source>
        <translation>来电研判代码：%1</translation>
    </message>
    <message>
        <source>Warnings received</source>
        <translation>接收预警</translation>
    </message>
    <message>
        <source>Warnings handled</source>
        <translation>处置预警</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>专线来电</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>预警短信</translation>
    </message>
    <message>
        <source>By fraud type</source>
        <translation>按诈骗类型</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>By station (dispatches)</source>
        <translation>按派出所（下发）</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>下发数</translation>
    </message>
    <message>
        <source>Dissuaded face to face</source>
        <translation>见面劝阻成功</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>First transfer to stop-payment issued: median %1 min, 90%: %2 min. Issue to the bank&apos;s result: median %3 min, 90%: %4 min.</source>
        <translation>首笔转账到发出止付：中位数 %1 分钟，90%：%2 分钟。发出到银行反馈：中位数 %3 分钟，90%：%4 分钟。</translation>
    </message>
    <message>
        <source>Money stopped within 1 h: %1 · 6 h: %2 · 48 h: %3 of %4 at stake.</source>
        <translation>1 小时内止付：%1 · 6 小时内：%2 · 48 小时内：%3（涉及资金 %4）。</translation>
    </message>
    <message>
        <source>Renewals: %1 · Freezes: %2 · Windows lapsed with nobody acting: %3</source>
        <translation>续止付：%1 · 转冻结：%2 · 到期无人处理：%3</translation>
    </message>
    <message>
        <source>Escalation ladder steps: %1</source>
        <translation>逐级联系步骤：%1</translation>
    </message>
    <message>
        <source>Warnings of type %1</source>
        <translation>%1类预警</translation>
    </message>
    <message>
        <source>Records behind: %1</source>
        <translation>明细：%1</translation>
    </message>
    <message>
        <source>%1: all %2, newest first</source>
        <translation>%1：共 %2 条，最新在前</translation>
    </message>
    <message>
        <source>%1: showing %2 of %3, newest first</source>
        <translation>%1：共 %3 条，显示 %2 条，最新在前</translation>
    </message>
    <message>
        <source>Show the next %1</source>
        <translation>再显示 %1 条</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Loss saved</source>
        <translation>挽损金额</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>来电类型</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已见面</translation>
    </message>
    <message>
        <source>Warnings dissuaded</source>
        <translation>预警劝阻成功</translation>
    </message>
    <message>
        <source>Warning SMS sent</source>
        <translation>发送预警短信</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>专线来电</translation>
    </message>
    <message>
        <source>Accounts stop-paid</source>
        <translation>止付涉案账户</translation>
    </message>
    <message>
        <source>Amount stopped</source>
        <translation>止付金额</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>选择报表保存目录</translation>
    </message>
</context>
<context>
    <name>StopPay</name>
    <message>
        <source>The victim&apos;s name is missing.</source>
        <translation>缺少受害人姓名。</translation>
    </message>
    <message>
        <source>The victim&apos;s phone number is missing or wrong.</source>
        <translation>受害人电话缺失或有误。</translation>
    </message>
    <message>
        <source>The account the money left from: %1</source>
        <translation>受害人转出账户：%1</translation>
    </message>
    <message>
        <source>Add at least one receiving account to stop.</source>
        <translation>请至少添加一个需止付的收款账户。</translation>
    </message>
    <message>
        <source>Add each transfer: time, amount and receiving account.</source>
        <translation>请逐笔添加转账：时间、金额和收款账号。</translation>
    </message>
    <message>
        <source>The receiving account of this transfer is not in the list of accounts.</source>
        <translation>该笔转账的收款账号不在止付账户列表中。</translation>
    </message>
    <message>
        <source>The stopped amount cannot be negative.</source>
        <translation>止付金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>StopPaymentsPage</name>
    <message>
        <source>%1 changed this request on another seat at %2. What you typed since is kept but not saved: look at their version, then reload it or keep yours and save it over theirs.</source>
        <translation>%1 于 %2 在其他席位修改了这份止付申请。您之后输入的内容已暂存但未保存：可先查看对方的版本，再重新载入对方版本，或保留您的版本并覆盖对方的修改。</translation>
    </message>
    <message>
        <source>Show the request as the other seat saved it (what you typed since is dropped)</source>
        <translation>显示其他席位保存的申请（您之后输入的内容将被丢弃）</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>By what can still be saved</source>
        <translation>按可挽回资金排序</translation>
    </message>
    <message>
        <source>Money that left in the last hour first, then windows lapsed or ending within 12 hours, then other money without a bank answer</source>
        <translation>一小时内转出的资金优先，其次是已到期或 12 小时内到期的止付，再次是尚无银行反馈的其他资金</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Account the money left from</source>
        <translation>转出账号</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Bank / institution</source>
        <translation>开户行/支付机构</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>止付结果</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>止付期限</translation>
    </message>
    <message>
        <source>Accounts to stop</source>
        <translation>止付账户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Since it left</source>
        <translation>转出至今</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转账明细</translation>
    </message>
    <message>
        <source>Record bank results…</source>
        <translation>登记银行反馈…</translation>
    </message>
    <message>
        <source>Each bank&apos;s answer for every account of the request, in one dialog</source>
        <translation>在一个对话框中登记本申请各账户的银行反馈</translation>
    </message>
    <message>
        <source>Stop the held accounts for another 48 hours (the rules allow two renewals)</source>
        <translation>对仍在止付中的账户再止付 48 小时（规定最多续止付两次）</translation>
    </message>
    <message>
        <source>Convert to freeze…</source>
        <translation>转为冻结…</translation>
    </message>
    <message>
        <source>The case is registered and the freeze approved: the held accounts are frozen for six months</source>
        <translation>已立案且冻结已审批：仍在止付中的账户冻结六个月</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>返回通话</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>重新导出</translation>
    </message>
    <message>
        <source>Write the issued request&apos;s PDF, XLSX and CSV again</source>
        <translation>重新生成已发出申请的 PDF、XLSX 和 CSV 文件</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>作废草稿…</translation>
    </message>
    <message>
        <source>Throw this draft away (recorded in the audit log); an issued request cannot be discarded</source>
        <translation>作废这份草稿（记入审计日志）；已发出的申请不能作废</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未发出</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>止付成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>止付失败</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>无法读取止付申请列表：%1</translation>
    </message>
    <message>
        <source>%1 request(s) whose 48-hour window ends within 12 hours</source>
        <translation>%1 个申请的 48 小时止付期将在 12 小时内到期</translation>
    </message>
    <message>
        <source>Renew, freeze or record the result now: %1</source>
        <translation>请立即续止付、转冻结或登记反馈：%1</translation>
    </message>
    <message>
        <source>LAPSED, nobody acted: %1</source>
        <translation>止付已到期，无人处理：%1</translation>
    </message>
    <message>
        <source>%1 account(s)</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 份</translation>
    </message>
    <message>
        <source>%1 left %2 min ago: still in the golden hour</source>
        <translation>%1 于 %2 分钟前转出：仍在黄金一小时内</translation>
    </message>
    <message>
        <source>%1 unanswered, window LAPSED</source>
        <translation>%1 未获反馈，止付已到期</translation>
    </message>
    <message>
        <source>%1 unanswered, window ends in %2</source>
        <translation>%1 未获反馈，止付%2</translation>
    </message>
    <message>
        <source>%1 without a bank answer</source>
        <translation>%1 尚无银行反馈</translation>
    </message>
    <message>
        <source>answered or closed</source>
        <translation>已反馈或已结束</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>This call&apos;s request is already open.</source>
        <translation>本次来电已有止付申请，已为您打开。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: changed on another seat</source>
        <translation>未保存：其他席位已修改</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>草稿已保存</translation>
    </message>
    <message>
        <source>Show theirs</source>
        <translation>查看对方版本</translation>
    </message>
    <message>
        <source>Showing the other seat&apos;s version (read-only)</source>
        <translation>正在显示其他席位的版本（只读）</translation>
    </message>
    <message>
        <source>Reloaded the other seat&apos;s version</source>
        <translation>已重新载入其他席位的版本</translation>
    </message>
    <message>
        <source>Issued or discarded on another seat: it can no longer be changed here</source>
        <translation>已在其他席位发出或作废，此处不能再修改</translation>
    </message>
    <message>
        <source>frozen until %1</source>
        <translation>冻结至 %1</translation>
    </message>
    <message>
        <source>LAPSED</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>renewed %1×</source>
        <translation>已续 %1 次</translation>
    </message>
    <message>
        <source>Before issuing, fix:</source>
        <translation>发出前请补正：</translation>
    </message>
    <message>
        <source>Complete: ready to issue.</source>
        <translation>信息完整，可以发出。</translation>
    </message>
    <message>
        <source>%1 received, %2 stopped</source>
        <translation>涉案 %1，已止付 %2</translation>
    </message>
    <message>
        <source>Account %1 also appears in %2 other case(s): %3</source>
        <translation>账户 %1 还出现在另外 %2 起案件中：%3</translation>
    </message>
    <message>
        <source>Issued. Record each bank&apos;s answer as it comes.</source>
        <translation>已发出。银行反馈后请逐一登记。</translation>
    </message>
    <message>
        <source>Renew 48 h (%1 left)</source>
        <translation>续止付 48 小时（还可续 %1 次）</translation>
    </message>
    <message>
        <source>Folder for stop-payment forms and exports</source>
        <translation>选择止付申请表及导出文件的保存目录</translation>
    </message>
    <message>
        <source>Not issued: the files could not be written to %1 (%2). The request is still a draft; choose another folder.</source>
        <translation>未发出：文件无法写入 %1（%2）。申请仍是草稿，请换一个文件夹。</translation>
    </message>
    <message>
        <source>Issued; files written to %1</source>
        <translation>已发出，文件已保存至 %1</translation>
    </message>
    <message>
        <source>The files could not be written to %1 (%2). Choose another folder and export again.</source>
        <translation>文件无法写入 %1（%2）。请换一个文件夹后重新导出。</translation>
    </message>
    <message>
        <source>Files written again to %1</source>
        <translation>文件已重新导出到 %1</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>作废草稿</translation>
    </message>
    <message>
        <source>Discard the draft request %1? Its accounts and transfers are removed; the call keeps its notes.</source>
        <translation>确定作废草稿申请 %1 吗？其中的账户和转账记录将删除，来电记录不受影响。</translation>
    </message>
    <message>
        <source>Request %1 discarded</source>
        <translation>申请 %1 已作废</translation>
    </message>
    <message>
        <source>Bank results recorded</source>
        <translation>银行反馈已登记</translation>
    </message>
    <message>
        <source>%1 account(s) stopped for another 48 hours</source>
        <translation>%1 个账户已再止付 48 小时</translation>
    </message>
    <message>
        <source>Convert to freeze</source>
        <translation>转为冻结</translation>
    </message>
    <message>
        <source>Has the case been registered and the freeze approved? The held accounts are then frozen for six months.</source>
        <translation>是否已立案并经审批冻结？确认后仍在止付中的账户将冻结六个月。</translation>
    </message>
    <message>
        <source>%1 account(s) frozen</source>
        <translation>已冻结 %1 个账户</translation>
    </message>
</context>
<context>
    <name>StopWindow</name>
    <message>
        <source>No account of this request is under a stop-payment to renew.</source>
        <translation>本申请没有仍在止付中的账户可续止付。</translation>
    </message>
    <message>
        <source>The rules allow at most two renewals; convert to a freeze instead.</source>
        <translation>规定最多续止付两次，请改为冻结。</translation>
    </message>
    <message>
        <source>No account of this request is under a stop-payment to freeze.</source>
        <translation>本申请没有仍在止付中的账户可冻结。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy with another seat&apos;s work. Nothing was lost; try again in a moment.</source>
        <translation>数据库正忙于处理其他席位的操作。没有丢失任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged and could not be read. Tell the administrator: the newest backup can be restored (Administration, Backups).</source>
        <translation>数据库文件已损坏，无法读取。请告知管理员：可以恢复最新的备份（系统管理 → 备份）。</translation>
    </message>
    <message>
        <source>The database cannot be written to just now (its file, folder or disk is read-only, or the server refuses this seat's writes, as during a restore). Nothing was saved; what you typed is still here. Tell the administrator.</source>
        <translation>数据库暂时无法写入（文件、所在文件夹或磁盘为只读，或服务器正在恢复备份等原因拒绝本席位写入）。本次内容未保存，已填写的内容仍在屏幕上。请告知管理员。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (the disk may be full or failing). Tell the administrator.</source>
        <translation>数据库文件无法读写（磁盘可能已满或出现故障）。请告知管理员。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>文件无法读写：%1</translation>
    </message>
    <message>
        <source>This could not be done because of an unexpected error. Nothing else is affected; the details are in the log (%1).</source>
        <translation>因意外错误未能完成，其他内容不受影响；详细情况已记入日志（%1）。</translation>
    </message>
</context>
<context>
    <name>TransferClock</name>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>%1 小时 %2 分前</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Your role does not allow this (%1).</source>
        <translation>您的角色无权进行此操作（%1）。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is locked for a while. Try again later.</source>
        <translation>用户名或密码错误，或账户已被暂时锁定。请稍后再试。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>这个数据库已有用户，请直接登录。</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>A station&apos;s user works at a station: choose it.</source>
        <translation>派出所用户须归属一个派出所，请选择。</translation>
    </message>
    <message>
        <source>A county bureau&apos;s user works for a district: choose it.</source>
        <translation>县区公安局用户须归属一个县区，请选择。</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator rights.</source>
        <translation>不能取消您自己的管理员权限。</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again later.</source>
        <translation>错误次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不对。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the resident ID number.</source>
        <translation>请输入身份证号码。</translation>
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
        <source>Write the amount in yuan, e.g. 5000, 5000.50 or 50万.</source>
        <translation>请以元为单位填写金额，如 5000、5000.50 或 50万。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is too large; check the digits.</source>
        <translation>金额过大，请核对位数。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（分）。</translation>
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
<context>
    <name>WaitingCallStrip</name>
    <message>
        <source>Line %1 is waiting: %2 (ringing since %3)</source>
        <translation>%1 号线有来电等待：%2（%3 起振铃）</translation>
    </message>
    <message>
        <source>A call is waiting: %2 (ringing since %3)</source>
        <translation>有来电等待：%2（%3 起振铃）</translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation>接听（%1）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Remove this line from the strip (answered elsewhere or hung up)</source>
        <translation>从提示条移除（已在别处接听或对方已挂断）</translation>
    </message>
</context>
<context>
    <name>WarningDispatch</name>
    <message>
        <source>This warning no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>This warning is closed.</source>
        <translation>该预警已办结。</translation>
    </message>
    <message>
        <source>%1 already sent this warning to %2 at %3.</source>
        <translation>%1 已于 %3 将此预警下发至%2。</translation>
    </message>
</context>
<context>
    <name>WarningFields</name>
    <message>
        <source>Phone of the person warned</source>
        <translation>预警对象手机号</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Warning number on the platform</source>
        <translation>平台预警编号</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Fraud number</source>
        <translation>涉诈号码</translation>
    </message>
    <message>
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
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
<context>
    <name>WarningHandling</name>
    <message>
        <source>This warning is already in the queue (#%1).</source>
        <translation>该预警已在队列中（#%1）。</translation>
    </message>
    <message>
        <source>This warning no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>%1 is already handling this warning.</source>
        <translation>%1 正在处置该预警。</translation>
    </message>
    <message>
        <source>This warning is no longer waiting to be taken.</source>
        <translation>该预警已不在待领取状态。</translation>
    </message>
    <message>
        <source>This warning is closed.</source>
        <translation>该预警已办结。</translation>
    </message>
    <message>
        <source>Only a warning being handled can be given back.</source>
        <translation>只有处置中的预警才能退回队列。</translation>
    </message>
    <message>
        <source>The loss saved cannot be negative.</source>
        <translation>挽损金额不能为负数。</translation>
    </message>
    <message>
        <source>This warning is with a station: enter the station&apos;s feedback instead.</source>
        <translation>该预警已下发派出所，请录入派出所反馈。</translation>
    </message>
    <message>
        <source>The retry time must be later than now.</source>
        <translation>再次联系时间必须晚于当前时间。</translation>
    </message>
</context>
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
<context>
    <name>WarningRows</name>
    <message>
        <source>No phone number.</source>
        <translation>缺少手机号。</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>手机号无效：%1</translation>
    </message>
    <message>
        <source>No time received.</source>
        <translation>缺少预警时间。</translation>
    </message>
    <message>
        <source>Not a time: %1 (write e.g. 2026-11-25 14:03).</source>
        <translation>时间格式不对：%1（应如 2026-11-25 14:03）。</translation>
    </message>
    <message>
        <source>The time received is in the future: %1</source>
        <translation>预警时间晚于当前时间：%1</translation>
    </message>
    <message>
        <source>No warning level.</source>
        <translation>缺少预警等级。</translation>
    </message>
    <message>
        <source>Unknown warning level: %1 (red, orange or yellow).</source>
        <translation>未知的预警等级：%1（应为红、橙、黄）。</translation>
    </message>
    <message>
        <source>Already imported (same warning number, or same phone, time and fraud number).</source>
        <translation>重复预警（预警编号相同，或手机号、时间、涉诈号码均相同），已导入过。</translation>
    </message>
    <message>
        <source>Fraud type in the file: %1</source>
        <translation>原始诈骗类型：%1</translation>
    </message>
</context>
<context>
    <name>WarningSms</name>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>未知的占位符：%1</translation>
    </message>
    <message>
        <source>A template needs a code, a name and a text.</source>
        <translation>模板需要代码、名称和内容。</translation>
    </message>
    <message>
        <source>This warning no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>短信内容为空。</translation>
    </message>
    <message>
        <source>Fill or remove the placeholder: %1</source>
        <translation>请填写或删除占位符：%1</translation>
    </message>
    <message>
        <source>This warning has no valid phone number.</source>
        <translation>该预警没有有效的手机号。</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>new</source>
        <translation>待处置</translation>
    </message>
    <message>
        <source>back for review</source>
        <translation>二次研判</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>待再次联系</translation>
    </message>
    <message>
        <source>with the station</source>
        <translation>已下发派出所</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Export SMS for the gateway…</source>
        <translation>导出短信给短信网关…</translation>
    </message>
    <message>
        <source>New warning…</source>
        <translation>新增预警…</translation>
    </message>
    <message>
        <source>People who lost money, to call back at 72 hours and 30 days</source>
        <translation>被骗受害人，在 72 小时和 30 天时回访</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>To handle (new, review, being handled)</source>
        <translation>需处置（待处置、二次研判、处置中）</translation>
    </message>
    <message>
        <source>All open warnings</source>
        <translation>全部未办结预警</translation>
    </message>
    <message>
        <source>Waiting to be taken</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>With stations</source>
        <translation>派出所处置中</translation>
    </message>
    <message>
        <source>Closed (newest first)</source>
        <translation>已办结（最新在前）</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All fraud types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>按时限排序</translation>
    </message>
    <message>
        <source>By what can still be saved</source>
        <translation>按可挽回资金排序</translation>
    </message>
    <message>
        <source>Money that left in the last hour first, then red warnings, then money still inside its 48-hour window, then the rest by deadline</source>
        <translation>一小时内转出的资金优先，其次是红色预警，再次是仍在 48 小时止付期内的资金，其余按时限排序</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Dispatch to station…</source>
        <translation>下发派出所…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>登记结果…</translation>
    </message>
    <message>
        <source>Station feedback…</source>
        <translation>派出所反馈…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Give back to the queue</source>
        <translation>退回队列</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>无法读取预警队列：%1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未办结：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超时：%1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>即将超时：%1</translation>
    </message>
    <message>
        <source>Back for review: %1</source>
        <translation>二次研判：%1</translation>
    </message>
    <message>
        <source>SMS waiting for the gateway: %1</source>
        <translation>待发短信：%1</translation>
    </message>
    <message>
        <source>Repeat victims to call back: %1</source>
        <translation>需回访受害人：%1</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>%1 left %2 min ago: still in the golden hour</source>
        <translation>%1 于 %2 分钟前转出：仍在黄金一小时内</translation>
    </message>
    <message>
        <source>red warning, %1 min to the deadline</source>
        <translation>红色预警，距时限 %1 分钟</translation>
    </message>
    <message>
        <source>%1 left %2 h ago: still inside the 48-hour window</source>
        <translation>%1 于 %2 小时前转出：仍在 48 小时止付期内</translation>
    </message>
    <message>
        <source>by deadline</source>
        <translation>按时限</translation>
    </message>
    <message>
        <source>The warning could not be read: %1</source>
        <translation>无法读取该预警：%1</translation>
    </message>
    <message>
        <source>Choose a warning in the queue.</source>
        <translation>请在队列中选择一条预警。</translation>
    </message>
    <message>
        <source>(not a valid number)</source>
        <translation>（号码无效）</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Warning #%1</source>
        <translation>预警 #%1</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Fraud number</source>
        <translation>涉诈号码</translation>
    </message>
    <message>
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Loss saved</source>
        <translation>挽损金额</translation>
    </message>
    <message>
        <source>Try again at</source>
        <translation>再次联系时间</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>短信已发</translation>
    </message>
    <message>
        <source>Repeat victim: lost %1 on %2 (%3); watched until %4.</source>
        <translation>曾被骗受害人：%2 被骗 %1（%3），重点关注至 %4。</translation>
    </message>
    <message>
        <source>waiting for feedback, due %1</source>
        <translation>等待反馈，时限 %1</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已上门</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>未上门</translation>
    </message>
    <message>
        <source>dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Ladder started: call now; say how it went below.</source>
        <translation>已启动逐级联系：请立即拨打，并在下方登记结果。</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Folder the SMS gateway reads</source>
        <translation>短信网关读取的文件夹</translation>
    </message>
    <message>
        <source>The messages were written to %1 for the SMS gateway.</source>
        <translation>短信已写入 %1，供短信网关发送。</translation>
    </message>
    <message>
        <source>No message is waiting for the gateway.</source>
        <translation>没有待发送的短信。</translation>
    </message>
</context>
</TS>
