<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>app</name>
    <message>
        <source>Number of streets (sub-districts), 1 to %1.</source>
        <translation>街道数量，1 至 %1。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of years of records, 1 to %1.</source>
        <translation>记录年数，1 至 %1。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>随机种子：相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last day with records (yyyy-MM-dd), default today.</source>
        <translation>有记录的最后一天（yyyy-MM-dd），默认为今天。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--streets needs a whole number, not “%1”.</source>
        <translation>--streets 需要一个整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--years needs a whole number, not “%1”.</source>
        <translation>--years 需要一个整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not “%1”.</source>
        <translation>--seed 需要一个大于等于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--end needs a date written yyyy-MM-dd, not “%1”.</source>
        <translation>--end 需要 yyyy-MM-dd 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 rows written in %2 s (%3 rows/s).</source>
        <translation>已写入 %1 行，用时 %2 秒（每秒 %3 行）。</translation>
    </message>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>期间：2026、2026-H1、2026-Q3 或 2026-03。</translation>
    </message>
    <message>
        <source>Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period).</source>
        <translation>请以 2026、2026-H1、2026-Q3 或 2026-03 的形式给出期间（--period）。</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name)</source>
        <translation>csv 或 xlsx（默认根据文件名判断）</translation>
    </message>
    <message>
        <source>First day, yyyy-MM-dd</source>
        <translation>第一天，yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Last day, yyyy-MM-dd</source>
        <translation>最后一天，yyyy-MM-dd</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Give one table to export: %1.</source>
        <translation>请指定一个要导出的表：%1。</translation>
    </message>
    <message>
        <source>Say where to write with -o FILE.</source>
        <translation>请用 -o 文件 指定写入位置。</translation>
    </message>
    <message>
        <source>Unknown format: use --format csv or --format xlsx.</source>
        <translation>未知格式：请使用 --format csv 或 --format xlsx。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-03-05.</source>
        <translation>“%1”不是日期；请写成 2026-03-05。</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from 晚于 --to。</translation>
    </message>
    <message>
        <source>Unknown table “%1”. Tables: %2.</source>
        <translation>未知的表“%1”。可用的表：%2。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>attendance or worklog</source>
        <translation>attendance（出勤）或 worklog（工作日志）</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to read</source>
        <translation>要读取的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>检查文件并报告；不写入任何内容。</translation>
    </message>
    <message>
        <source>Write the good rows and skip rows with conflicts or errors.</source>
        <translation>写入正确的行，跳过有冲突或错误的行。</translation>
    </message>
    <message>
        <source>Give what to import (attendance or worklog) and the file.</source>
        <translation>请指定导入内容（attendance 或 worklog）和文件。</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use attendance or worklog.</source>
        <translation>未知类型“%1”：请使用 attendance 或 worklog。</translation>
    </message>
    <message>
        <source>Rows read: %1. New: %2. Already there: %3. Conflicts: %4. Errors: %5.</source>
        <translation>读取 %1 行。新增：%2。已存在：%3。冲突：%4。错误：%5。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written. Correct the rows above, or run again with --skip-bad to write only the good rows.</source>
        <translation>未写入任何内容。请更正上面的行，或加上 --skip-bad 重新运行，只写入正确的行。</translation>
    </message>
    <message>
        <source>Written: %1 row(s). Skipped: %2.</source>
        <translation>已写入：%1 行。跳过：%2 行。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Only this worker&apos;s sheet (the worker&apos;s number).</source>
        <translation>只打印该社工的考核表（社工编号）。</translation>
    </message>
    <message>
        <source>Only final evaluations, no drafts.</source>
        <translation>只打印已定稿的考核，不含草稿。</translation>
    </message>
    <message>
        <source>Name the PDF file to write (-o FILE).</source>
        <translation>请指定要写入的 PDF 文件（-o 文件）。</translation>
    </message>
    <message>
        <source>--worker takes the worker&apos;s number, e.g. --worker 12.</source>
        <translation>--worker 需要社工编号，例如 --worker 12。</translation>
    </message>
    <message>
        <source>There is no final evaluation for %1; finalise evaluations first, or leave out --final-only.</source>
        <translation>%1 没有已定稿的考核；请先定稿，或去掉 --final-only。</translation>
    </message>
    <message>
        <source>There is no evaluation for %1; make them first with &apos;onestreet evaluate --period %2&apos;.</source>
        <translation>%1 没有考核；请先用 &apos;onestreet evaluate --period %2&apos; 生成。</translation>
    </message>
    <message>
        <source>Wrote %1 sheets (%2 pages) to %3.</source>
        <translation>已将 %1 份考核表（%2 页）写入 %3。</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Purchasers</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>Attendance days</source>
        <translation>出勤记录</translation>
    </message>
    <message>
        <source>Work log entries</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activity target groups</source>
        <translation>活动服务对象</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <source>Supervision attendees</source>
        <translation>督导参加人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>交流座谈</translation>
    </message>
    <message>
        <source>Exchange attendees</source>
        <translation>座谈参加人</translation>
    </message>
    <message>
        <source>Funding entries</source>
        <translation>经费记录</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Evaluation items</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Evaluation unlocks</source>
        <translation>考核解锁</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The month, yyyy-MM</source>
        <translation>月份，yyyy-MM</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Only this street (its id)</source>
        <translation>只导出该街道（街道 ID）</translation>
    </message>
    <message>
        <source>Give the month with --month yyyy-MM, e.g. --month 2026-11.</source>
        <translation>请用 --month yyyy-MM 指定月份，例如 --month 2026-11。</translation>
    </message>
    <message>
        <source>“%1” is not a street id.</source>
        <translation>“%1”不是街道 ID。</translation>
    </message>
    <message>
        <source>A monthly grid&apos;s month, when neither its title nor its sheet names say it</source>
        <translation>月度考勤表的月份（标题和工作表名都未写明时）</translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as 2026-11.</source>
        <translation>“%1”不是月份，请写成 2026-11。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
</context>
<context>
    <name>app::Backup</name>
    <message>
        <source>Write the copy to FILE (replaced if it exists).</source>
        <translation>将副本写入该文件（如已存在则替换）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Say where to write the copy: backup -o FILE.</source>
        <translation>请指定副本的写入位置：backup -o 文件。</translation>
    </message>
    <message>
        <source>The copy cannot replace the file itself; choose another name.</source>
        <translation>副本不能替换文件本身；请换一个文件名。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
</context>
<context>
    <name>app::Chart</name>
    <message>
        <source>The chart: %1.</source>
        <translation>图表：%1。</translation>
    </message>
    <message>
        <source>The first month (yyyy-MM), default 11 months before --to.</source>
        <translation>起始月份（yyyy-MM），默认为 --to 之前 11 个月。</translation>
    </message>
    <message>
        <source>The last month (yyyy-MM), default the month of --on.</source>
        <translation>结束月份（yyyy-MM），默认为 --on 所在月份。</translation>
    </message>
    <message>
        <source>Only this district (its number).</source>
        <translation>只看该区（编号）。</translation>
    </message>
    <message>
        <source>Only this street (its number).</source>
        <translation>只看该街道（编号）。</translation>
    </message>
    <message>
        <source>Only this worker (the worker&apos;s number).</source>
        <translation>只看该社工（编号）。</translation>
    </message>
    <message>
        <source>The picture&apos;s size in pixels, default 1200x700.</source>
        <translation>图片尺寸（像素），默认 1200x700。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>The as-of day (yyyy-MM-dd), default today: nothing after it is counted, and a month running on it counts up to it.</source>
        <translation>统计截至日（yyyy-MM-dd），默认今天：此后的记录不计入，尚未结束的月份只统计到这一天。</translation>
    </message>
    <message>
        <source>Print the values the chart draws as JSON instead of writing a PNG.</source>
        <translation>以 JSON 输出图表所画的数据，不写 PNG。</translation>
    </message>
    <message>
        <source>Name one chart: %1.</source>
        <translation>请指定一种图表：%1。</translation>
    </message>
    <message>
        <source>There is no chart “%1”; choose one of %2.</source>
        <translation>没有名为“%1”的图表；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.</source>
        <translation>--on 需要 yyyy-MM-dd 格式的日期，例如 2026-12-01，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give --to as a month, e.g. 2026-03.</source>
        <translation>请以月份形式给出 --to，例如 2026-03。</translation>
    </message>
    <message>
        <source>Give --from as a month, e.g. 2026-01.</source>
        <translation>请以月份形式给出 --from，例如 2026-01。</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
    </message>
    <message>
        <source>--%1 takes a record number, e.g. --%1 12.</source>
        <translation>--%1 需要一个记录编号，例如 --%1 12。</translation>
    </message>
    <message>
        <source>Give --size as WIDTHxHEIGHT in pixels, from 300x200 to 10000x10000, e.g. 1200x700.</source>
        <translation>请以 宽x高 的像素形式给出 --size，范围 300x200 至 10000x10000，例如 1200x700。</translation>
    </message>
    <message>
        <source>--json prints the values; leave out -o, or leave out --json for a PNG.</source>
        <translation>--json 输出数据，不写文件：请去掉 -o；要 PNG 图片请去掉 --json。</translation>
    </message>
    <message>
        <source>Name the PNG file to write (-o FILE.png), or print the values with --json.</source>
        <translation>请指定要写入的 PNG 文件（-o 文件.png），或用 --json 输出数据。</translation>
    </message>
    <message>
        <source>The chart is written as PNG: give a file name ending in .png.</source>
        <translation>图表以 PNG 格式写入：请给出以 .png 结尾的文件名。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); check that the folder exists and that you may write there.</source>
        <translation>无法写入 %1（%2）；请检查文件夹是否存在以及是否有写入权限。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>已写入 %1（%2 × %3 像素）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>app::Check</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>正常：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also SQLite&apos;s full integrity check (every index against its table) and the totals kept beside the records: slower.</source>
        <translation>另做数据库文件的完整性全面检查（每个索引对照其表），并核对随记录保存的月度合计：较慢。</translation>
    </message>
</context>
<context>
    <name>app::Cli</name>
    <message>
        <source>Fill the file with realistic demo data</source>
        <translation>用逼真的演示数据填充文件</translation>
    </message>
    <message>
        <source>Key figures and alerts as of a day</source>
        <translation>截至某日的关键指标和提醒</translation>
    </message>
    <message>
        <source>Integrity check and every rule over the whole file</source>
        <translation>完整性检查及对整个文件的全部规则检查</translation>
    </message>
    <message>
        <source>Write a consistent copy of the file</source>
        <translation>写入文件的一致副本</translation>
    </message>
    <message>
        <source>Import attendance or work logs from CSV or XLSX</source>
        <translation>从 CSV 或 XLSX 导入出勤或工作日志</translation>
    </message>
    <message>
        <source>Export a table to CSV or XLSX</source>
        <translation>将表导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Draft the evaluations of a period from the records</source>
        <translation>根据记录起草某期间的考核</translation>
    </message>
    <message>
        <source>Print the evaluation sheets of a period to PDF</source>
        <translation>将某期间的考核表打印为 PDF</translation>
    </message>
    <message>
        <source>Draw a chart (attendance, activities, workload ...) into a PNG file</source>
        <translation>将图表（出勤、活动、工作量……）绘制为 PNG 文件</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;onestreet COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;onestreet 命令 --help&apos; 查看命令的选项。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 user error (nothing written), 2 usage error.</source>
        <translation>退出状态：0 成功，1 用户错误（未写入任何内容），2 用法错误。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The report for the purchaser of a contract and period (PDF, XLSX, JSON)</source>
        <translation>生成协议某期的项目服务报告（PDF、XLSX、JSON）</translation>
    </message>
    <message>
        <source>Copy the file into an empty database on a PostgreSQL server</source>
        <translation>把数据文件复制到 PostgreSQL 服务器上的空数据库</translation>
    </message>
    <message>
        <source>Renew a contract: next term, same posts, the same workers placed</source>
        <translation>续签合同：下一个期限、相同岗位、原社工继续派驻</translation>
    </message>
    <message>
        <source>Usage: onestreet [--db FILE|postgresql://USER@HOST:PORT/DBNAME] [--lang zh_CN|en] [COMMAND [OPTIONS]]</source>
        <translation>用法：onestreet [--db 文件|postgresql://用户@主机:端口/数据库名] [--lang zh_CN|en] [命令 [选项]]</translation>
    </message>
</context>
<context>
    <name>app::CopyTo</name>
    <message>
        <source>The empty server database: postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>服务器上的空数据库：postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>Say where to copy the file: copy-to postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>请指明复制到哪里：copy-to postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>copy-to copies a file: give the file with --db FILE.</source>
        <translation>copy-to 复制的是数据文件：请用 --db 文件 指定它。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The database %1 already holds records: copy-to writes only into an empty database. Nothing was copied.</source>
        <translation>数据库 %1 中已有记录：copy-to 只写入空数据库。未复制任何内容。</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; every table&apos;s count checked.</source>
        <translation>已复制 %1 行到 %2；每张表的行数均已核对。</translation>
    </message>
</context>
<context>
    <name>app::Evaluate</name>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>期间：2026、2026-H1、2026-Q3 或 2026-03。</translation>
    </message>
    <message>
        <source>The rubric template&apos;s number (default: the default template).</source>
        <translation>考核模板编号（默认：默认模板）。</translation>
    </message>
    <message>
        <source>The supervisor&apos;s number.</source>
        <translation>督导编号。</translation>
    </message>
    <message>
        <source>Count the records up to this day (yyyy-MM-dd), default today. A day before the period&apos;s end makes an interim evaluation, its targets pro-rated to the working days elapsed.</source>
        <translation>统计截至这一天的记录（yyyy-MM-dd），默认今天。早于期间结束日则为中期考核，各项目标按已过的工作日折算。</translation>
    </message>
    <message>
        <source>Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period).</source>
        <translation>请以 2026、2026-H1、2026-Q3 或 2026-03 的形式给出期间（--period）。</translation>
    </message>
    <message>
        <source>--template and --supervisor take a number.</source>
        <translation>--template 和 --supervisor 需要一个编号。</translation>
    </message>
    <message>
        <source>--as-of takes a day as yyyy-MM-dd.</source>
        <translation>--as-of 需要 yyyy-MM-dd 格式的日期。</translation>
    </message>
    <message>
        <source>%1 ends on %2, after today (%3): it cannot be evaluated as a whole yet. For an interim evaluation that counts the records up to a day and pro-rates the targets to the working days elapsed, give that day: --as-of %3.</source>
        <translation>%1 于 %2 结束，晚于今天（%3）：尚不能做整期考核。如需中期考核（统计截至某日的记录，目标按已过的工作日折算），请指定该日：--as-of %3。</translation>
    </message>
    <message>
        <source>%1: %2 evaluations drafted, %3 workers skipped (they have one already).</source>
        <translation>%1：已起草 %2 份考核，跳过 %3 名社工（已有考核）。</translation>
    </message>
    <message>
        <source>Interim evaluations as of %1: %2 of the period&apos;s %3 working days counted; targets pro-rated to the working days each worker was placed.</source>
        <translation>中期考核，截至 %1：已计入期间 %3 个工作日中的 %2 天；目标按每名社工派驻的工作日折算。</translation>
    </message>
    <message>
        <source>%1 workers not evaluated, placed fewer than %2 working days in the period:</source>
        <translation>%1 名社工未考核，期间内派驻不足 %2 个工作日：</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1（%2 个工作日）</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>app::Renew</name>
    <message>
        <source>The contract to renew (its number).</source>
        <translation>要续签的合同（编号 ID）。</translation>
    </message>
    <message>
        <source>The first day of the new term (default: the day after the old end).</source>
        <translation>新期限的第一天（默认：原合同结束的次日）。</translation>
    </message>
    <message>
        <source>Create the contract and its posts, but place nobody.</source>
        <translation>只建立合同和岗位，不派驻任何社工。</translation>
    </message>
    <message>
        <source>Give the number of the contract to renew, e.g. renew 3.</source>
        <translation>请给出要续签的合同 ID，例如 renew 3。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a contract number.</source>
        <translation>“%1”不是合同 ID。</translation>
    </message>
    <message>
        <source>--start needs a date written yyyy-MM-dd, e.g. 2027-01-01, not “%1”.</source>
        <translation>--start 需要 yyyy-MM-dd 格式的日期，例如 2027-01-01，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Created contract %1 (number %2), %3 to %4: %n post(s)</source>
        <translation>
            <numerusform>已建立合同 %1（ID %2），%3 至 %4：%n 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n placement(s).</source>
        <translation>
            <numerusform>，%n 个派驻。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 from %3</source>
        <translation>%1 派驻于 %2，自 %3 起</translation>
    </message>
</context>
<context>
    <name>app::Report</name>
    <message>
        <source>The contract (its number): the report on its posts.</source>
        <translation>协议（编号）：报告该协议的岗位。</translation>
    </message>
    <message>
        <source>Without --contract: only this district (its number).</source>
        <translation>不指定 --contract 时：只报告该区（编号）。</translation>
    </message>
    <message>
        <source>Without --contract: only this street (its number).</source>
        <translation>不指定 --contract 时：只报告该街道（编号）。</translation>
    </message>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>报告期：2026、2026-H1、2026-Q3 或 2026-03。</translation>
    </message>
    <message>
        <source>The as-of day (yyyy-MM-dd), default today: a period still running is counted up to it.</source>
        <translation>截至日（yyyy-MM-dd），默认今天：尚未结束的报告期只统计到这一天。</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .xlsx.</source>
        <translation>要写入的文件：扩展名为 .PDF 或 .XLSX（大小写均可）。</translation>
    </message>
    <message>
        <source>Print the report&apos;s figures as JSON.</source>
        <translation>以 JSON 输出报告的数据。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the period with --period, e.g. --period 2026-Q3.</source>
        <translation>请用 --period 指定报告期，例如 --period 2026-Q3。</translation>
    </message>
    <message>
        <source>“%1” is not a period; write 2026, 2026-H1, 2026-Q3 or 2026-03.</source>
        <translation>“%1”不是报告期；请写作 2026、2026-H1、2026-Q3 或 2026-03。</translation>
    </message>
    <message>
        <source>--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.</source>
        <translation>--on 需要 yyyy-MM-dd 格式的日期，例如 2026-12-01，而不是“%1”。</translation>
    </message>
    <message>
        <source>--%1 takes a record number, e.g. --%1 3.</source>
        <translation>--%1 需要记录编号，例如 --%1 3。</translation>
    </message>
    <message>
        <source>Give one of --contract, --district and --street, or none for the whole agency.</source>
        <translation>--contract、--district、--street 只能给一个；都不给则报告整个机构。</translation>
    </message>
    <message>
        <source>Name the file to write (-o REPORT.pdf or -o REPORT.xlsx), or print the figures with --json.</source>
        <translation>请用 -o 指定要写入的 PDF 或 XLSX 文件，或用 --json 输出数据。</translation>
    </message>
    <message>
        <source>The report is written as PDF or XLSX: give a file name ending in .pdf or .xlsx.</source>
        <translation>报告只能写成 PDF 或 XLSX：文件名须以 .PDF 或 .XLSX 结尾（大小写均可）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report for %1, %2 (%n page(s)) to %3.</source>
        <translation>
            <numerusform>已将%1 %2 的报告（%n 页）写入 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report for %1, %2 (%n sheet(s)) to %3.</source>
        <translation>
            <numerusform>已将%1 %2 的报告（%n 个工作表）写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>app::Summary</name>
    <message>
        <source>Contracts running</source>
        <translation>执行中的合同</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Posts vacant</source>
        <translation>空缺岗位</translation>
    </message>
    <message>
        <source>Social workers placed</source>
        <translation>在岗社工</translation>
    </message>
    <message>
        <source>Attendance rate, %1</source>
        <translation>出勤率，%1</translation>
    </message>
    <message>
        <source>Activities held, %1</source>
        <translation>举办活动，%1</translation>
    </message>
    <message>
        <source>Administrative share of work time, %1</source>
        <translation>行政事务占工作时间比例，%1</translation>
    </message>
    <message>
        <source>Key figures as of %1</source>
        <translation>截至 %1 的关键指标</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>无提醒。</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>The day to report on (default: today).</source>
        <translation>报告的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--on needs a date written yyyy-MM-dd, e.g. 2026-04-15, not “%1”.</source>
        <translation>--on 需要 yyyy-MM-dd 格式的日期，例如 2026-04-15，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>This contract already has a post at this street: one street, one post per contract.</source>
        <translation>该合同在此街道已有岗位：每份合同每个街道只设一个岗位。</translation>
    </message>
    <message>
        <source>This worker already has an attendance record for that day.</source>
        <translation>该社工当天已有出勤记录。</translation>
    </message>
    <message>
        <source>A record with the same key already exists (%1).</source>
        <translation>已存在相同关键字的记录（%1）。</translation>
    </message>
    <message>
        <source>This record is still used by other records (or refers to one that does not exist). Remove or change those first.</source>
        <translation>该记录仍被其他记录使用（或引用了不存在的记录）。请先删除或修改那些记录。</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>某个值超出了允许范围（%1）。</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>缺少必填值（%1）。</translation>
    </message>
    <message>
        <source>The database file is in use by another program or another OneStreet window. Close it there, or wait a moment, and try again.</source>
        <translation>数据库文件正被其他程序或另一个 OneStreet 窗口使用。请在那里关闭它，或稍等片刻后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Make it writable and try again.</source>
        <translation>数据库文件是只读的。请设为可写后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>磁盘已满。请释放一些空间后重试；未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore a backup copy (File → Restore backup).</source>
        <translation>数据库文件已损坏或不是数据库。请恢复备份副本（文件 → 恢复备份）。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
        <translation>无法打开数据库文件。请检查文件夹是否存在以及是否有写入权限。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
</context>
<context>
    <name>core::ActivityRepository</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Activity %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>活动 %1 不存在；可能已被删除。请刷新列表。</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <source>Enter the date the activity “%1” is planned for.</source>
        <translation>请输入活动“%1”的计划日期。</translation>
    </message>
    <message>
        <source>The budget of “%1” cannot be negative.</source>
        <translation>“%1”的预算不能为负数。</translation>
    </message>
    <message>
        <source>The expected number of participants of “%1” cannot be negative.</source>
        <translation>“%1”的预计参与人数不能为负数。</translation>
    </message>
    <message>
        <source>Choose at least one target group for “%1” (e.g. elderly, youth, all residents).</source>
        <translation>请为“%1”至少选择一个服务对象（如老年人、青少年、全体居民）。</translation>
    </message>
    <message>
        <source>Choose the social worker who runs “%1”.</source>
        <translation>请选择负责“%1”的社工。</translation>
    </message>
    <message>
        <source>Choose the street where “%1” takes place.</source>
        <translation>请选择“%1”举办的街道。</translation>
    </message>
    <message>
        <source>Enter the date “%1” was submitted for approval.</source>
        <translation>请输入“%1”提交审批的日期。</translation>
    </message>
    <message>
        <source>Enter who approved “%1” (the department or person).</source>
        <translation>请输入批准“%1”的科室或人员。</translation>
    </message>
    <message>
        <source>Enter the date “%1” was approved.</source>
        <translation>请输入“%1”获批的日期。</translation>
    </message>
    <message>
        <source>“%1” cannot be approved on %2, before it was submitted (%3).</source>
        <translation>“%1”不能在提交（%3）之前的 %2 获批。</translation>
    </message>
    <message>
        <source>Enter who rejected “%1” (the department or person).</source>
        <translation>请输入驳回“%1”的科室或人员。</translation>
    </message>
    <message>
        <source>Enter the date “%1” was rejected.</source>
        <translation>请输入“%1”被驳回的日期。</translation>
    </message>
    <message>
        <source>Say why “%1” is rejected, so that the worker can improve the plan.</source>
        <translation>请说明驳回“%1”的理由，以便社工改进方案。</translation>
    </message>
    <message>
        <source>“%1” cannot be rejected on %2, before it was submitted (%3).</source>
        <translation>“%1”不能在提交（%3）之前的 %2 被驳回。</translation>
    </message>
    <message>
        <source>Enter the date “%1” was held.</source>
        <translation>请输入“%1”举办的日期。</translation>
    </message>
    <message>
        <source>The number of participants of “%1” cannot be negative.</source>
        <translation>“%1”的参与人数不能为负数。</translation>
    </message>
    <message>
        <source>“%1” cannot have been held on %2, before it was approved (%3). Check the date.</source>
        <translation>“%1”不可能在获批（%3）之前的 %2 举办。请检查日期。</translation>
    </message>
    <message>
        <source>Enter the date “%1” was cancelled.</source>
        <translation>请输入“%1”取消的日期。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>标记为已举办</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>A draft can be edited, removed or submitted for approval.</source>
        <translation>草稿可以编辑、删除或提交审批。</translation>
    </message>
    <message>
        <source>A submitted activity waits for review: it can only be approved or rejected.</source>
        <translation>已提交的活动等待审核：只能批准或驳回。</translation>
    </message>
    <message>
        <source>An approved activity can only be marked as held or cancelled.</source>
        <translation>已批准的活动只能标记为已举办或取消。</translation>
    </message>
    <message>
        <source>A rejected activity is closed; plan a new draft to apply again.</source>
        <translation>已驳回的活动已关闭；如需再次申请，请新建草稿。</translation>
    </message>
    <message>
        <source>A held activity is finished; it cannot change any more.</source>
        <translation>已举办的活动已结束，不能再更改。</translation>
    </message>
    <message>
        <source>A cancelled activity is closed; plan a new draft to hold it after all.</source>
        <translation>已取消的活动已关闭；如仍要举办，请新建草稿。</translation>
    </message>
    <message>
        <source>“%1” cannot be edited: its status is “%2”.</source>
        <translation>“%1”不能编辑：其状态为“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be removed: its status is “%2”.</source>
        <translation>“%1”不能删除：其状态为“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be submitted: its status is “%2”.</source>
        <translation>“%1”不能提交：其状态为“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be approved: its status is “%2”.</source>
        <translation>“%1”不能批准：其状态为“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be rejected: its status is “%2”.</source>
        <translation>“%1”不能驳回：其状态为“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be marked as held: its status is “%2”.</source>
        <translation>“%1”不能标记为已举办：其状态为“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be cancelled: its status is “%2”.</source>
        <translation>“%1”不能取消：其状态为“%2”。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
</context>
<context>
    <name>core::Alerts</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end within %1 days with no successor: %2</source>
        <translation>
            <numerusform>%n 份合同将在 %1 天内到期且无续签：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) without a social worker: %1</source>
        <translation>
            <numerusform>%n 个岗位没有社工：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n social worker(s) without supervision for %1 days or more: %2</source>
        <translation>
            <numerusform>%n 名社工已 %1 天或更久未接受督导：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision follow-up(s) overdue: %1</source>
        <translation>
            <numerusform>%n 项督导跟进事项已逾期：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity application(s) waiting %1 days or more for review: %2</source>
        <translation>
            <numerusform>%n 份活动申请等待审核已达 %1 天或更久：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n social worker(s) with no attendance recorded for %1: %2</source>
        <translation>
            <numerusform>%n 名社工在 %1 没有出勤记录：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::AttendanceLegend</name>
    <message>
        <source>Every line of the attendance legend needs a mark.</source>
        <translation>考勤图例的每一行都需要一个符号。</translation>
    </message>
    <message>
        <source>The mark “%1” cannot contain |, ; or =.</source>
        <translation>符号“%1”不能包含 |、; 或 =。</translation>
    </message>
    <message>
        <source>The mark “%1” stands for two statuses in the attendance legend.</source>
        <translation>符号“%1”在考勤图例中代表了两种状态。</translation>
    </message>
    <message>
        <source>The mark “%1” is the letter of “%2”; choose another mark for “%3”.</source>
        <translation>符号“%1”是“%2”的字母代码，请为“%3”另选符号。</translation>
    </message>
</context>
<context>
    <name>core::AttendanceRepository</name>
    <message>
        <source>Enter the day of the attendance record.</source>
        <translation>请输入出勤记录的日期。</translation>
    </message>
    <message>
        <source>Choose the social worker (worker #%1 does not exist).</source>
        <translation>请选择社工（社工 #%1 不存在）。</translation>
    </message>
    <message>
        <source>The sign-out time %1 is before the sign-in time %2. Correct one of them.</source>
        <translation>签退时间 %1 早于签到时间 %2。请更正其中之一。</translation>
    </message>
    <message>
        <source>There is no attendance record for that worker on %1.</source>
        <translation>该社工在 %1 没有出勤记录。</translation>
    </message>
    <message>
        <source>Choose a period to fill whose last day is not before its first day.</source>
        <translation>请选择一个结束日不早于开始日的期间。</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>core::AttendanceRule</name>
    <message>
        <source>, </source>
        <comment>between the statuses of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Attendance rate = days attended ÷ required days</source>
        <translation>出勤率 = 出勤天数 ÷ 应出勤天数</translation>
    </message>
    <message>
        <source>Attendance rate = days attended ÷ (required days − days of %1)</source>
        <translation>出勤率 = 出勤天数 ÷（应出勤天数 − %1天数）</translation>
    </message>
    <message>
        <source>; counted as attended: %1</source>
        <translation>；计为出勤：%1</translation>
    </message>
    <message>
        <source>; counted against: %1</source>
        <translation>；计为缺勤：%1</translation>
    </message>
    <message>
        <source>“%1” must count as attended in the attendance rule.</source>
        <translation>出勤规则中“%1”必须计为出勤。</translation>
    </message>
    <message>
        <source>“%1” must count against the attendance rate in the attendance rule.</source>
        <translation>出勤规则中“%1”必须计为缺勤。</translation>
    </message>
    <message>
        <source>Counted as attended</source>
        <translation>计为出勤</translation>
    </message>
    <message>
        <source>Excused (not required)</source>
        <translation>不计入应出勤</translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation>计为缺勤</translation>
    </message>
</context>
<context>
    <name>core::Backup</name>
    <message>
        <source>Cannot write the backup to “%1”: the folder does not exist or is not writable.</source>
        <translation>无法将备份写入“%1”：文件夹不存在或不可写。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Is it open elsewhere?</source>
        <translation>无法替换“%1”。它是否在别处打开？</translation>
    </message>
    <message>
        <source>Cannot write the backup to “%1”.</source>
        <translation>无法将备份写入“%1”。</translation>
    </message>
</context>
<context>
    <name>core::BulkWriter</name>
    <message>
        <source>Bulk writing needs an open SQLite file.</source>
        <translation>批量写入需要一个已打开的 SQLite 文件。</translation>
    </message>
    <message>
        <source>Bulk writing needs an open database.</source>
        <translation>批量写入需要一个已打开的数据库。</translation>
    </message>
</context>
<context>
    <name>core::Calendar</name>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
</context>
<context>
    <name>core::Check</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a record of table %3 that does not exist.</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Posts %1: contract %2 has more than one post for %3 (one street, one post per contract).</source>
        <translation>岗位 %1：合同 %2 在 %3 有多个岗位（每份合同每个街道只设一个岗位）。</translation>
    </message>
    <message>
        <source>Placements %1 overlap: %2 holds two placements at once (from %3 and from %4).</source>
        <translation>派驻 %1 重叠：%2 同时有两个派驻（分别从 %3 和 %4 开始）。</translation>
    </message>
    <message>
        <source>Placements %1 overlap: the post at %2 (contract %3) is held by two workers at once.</source>
        <translation>派驻 %1 重叠：%2 的岗位（合同 %3）同时由两名社工担任。</translation>
    </message>
    <message>
        <source>Placement %1 (%2 to %3) lies outside the term of contract %4 (%5 to %6).</source>
        <translation>派驻 %1（%2 至 %3）超出合同 %4 的期限（%5 至 %6）。</translation>
    </message>
    <message>
        <source>Record %1 of %2 ends (%4) before it starts (%3).</source>
        <translation>%2 的记录 %1 结束日期（%4）早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>Record %1 of %2 has a negative amount (%3 fen).</source>
        <translation>%2 的记录 %1 金额为负数（%3 分）。</translation>
    </message>
    <message>
        <source>Attendance rows %1: %2 has more than one attendance record on %3.</source>
        <translation>出勤记录 %1：%2 在 %3 有多条出勤记录。</translation>
    </message>
    <message>
        <source>Activity %1 “%2”: its dates and review fields do not fit its status “%3”.</source>
        <translation>活动 %1“%2”：其日期和审核信息与状态“%3”不符。</translation>
    </message>
    <message>
        <source>Final evaluation %1: its item weights add up to %2 instead of 100.</source>
        <translation>定稿考核 %1：各项权重合计为 %2，而不是 100。</translation>
    </message>
    <message>
        <source>Evaluation %1 says it was unlocked %2 times, but %3 unlocks are recorded.</source>
        <translation>考核 %1 记载解锁 %2 次，但只有 %3 条解锁记录。</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
    <message>
        <source>Worker %1: the monthly attendance totals of %2 do not match the attendance records.</source>
        <translation>社工 %1：%2 的月度出勤合计与出勤记录不符。</translation>
    </message>
    <message>
        <source>Worker %1: the monthly work-log totals of %2 do not match the work-log entries.</source>
        <translation>社工 %1：%2 的月度工作日志合计与工作日志条目不符。</translation>
    </message>
</context>
<context>
    <name>core::ContractRepository</name>
    <message>
        <source>There is no contract with number %1.</source>
        <translation>没有编号为 %1 的合同。</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>未定结束日期</translation>
    </message>
    <message>
        <source>The placement of %1 at %2 (%3 to %4) would lie outside the contract&apos;s term %5 to %6. Change or end that placement first.</source>
        <translation>%1 在 %2 的派驻（%3 至 %4）将超出合同期限 %5 至 %6。请先修改或结束该派驻。</translation>
    </message>
    <message>
        <source>A contract needs a code, e.g. the number on the signed agreement.</source>
        <translation>合同需要编号，例如已签协议上的编号。</translation>
    </message>
    <message>
        <source>There is already a contract with code “%1”. Codes must be unique.</source>
        <translation>已有编号为“%1”的合同。编号必须唯一。</translation>
    </message>
    <message>
        <source>Choose the purchaser of contract “%1”.</source>
        <translation>请选择合同“%1”的购买方。</translation>
    </message>
    <message>
        <source>Give the start and end dates of contract “%1”.</source>
        <translation>请填写合同“%1”的开始和结束日期。</translation>
    </message>
    <message>
        <source>Contract “%1” ends (%2) before it starts (%3). Correct the dates.</source>
        <translation>合同“%1”的结束日期（%2）早于开始日期（%3）。请更正日期。</translation>
    </message>
    <message>
        <source>The number of posts cannot be negative.</source>
        <translation>岗位数不能为负数。</translation>
    </message>
    <message>
        <source>The funding per post cannot be negative.</source>
        <translation>每岗经费不能为负数。</translation>
    </message>
    <message>
        <source>The overhead rate must lie between 0% and 100%.</source>
        <translation>运行经费比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The fixed overhead per post cannot be negative.</source>
        <translation>每岗固定运行经费不能为负数。</translation>
    </message>
    <message>
        <source>The fixed overhead per post (%1) is more than the funding per post (%2).</source>
        <translation>每岗固定运行经费（%1）超过了每岗经费（%2）。</translation>
    </message>
    <message>
        <source>A contract cannot renew itself.</source>
        <translation>合同不能续签自身。</translation>
    </message>
    <message>
        <source>The contract that “%1” renews does not exist.</source>
        <translation>“%1”所续签的合同不存在。</translation>
    </message>
    <message>
        <source>Contract “%1” has already been renewed by another contract.</source>
        <translation>合同“%1”已被另一份合同续签。</translation>
    </message>
    <message>
        <source>A renewal must start after the contract it renews ends (%1 ends on %2).</source>
        <translation>续签合同必须在原合同结束后开始（%1 于 %2 结束）。</translation>
    </message>
    <message>
        <source>Contract “%1” already has %2 posts; the number of posts cannot be lower. Remove posts first.</source>
        <translation>合同“%1”已有 %2 个岗位；岗位数不能更少。请先删除岗位。</translation>
    </message>
    <message numerus="yes">
        <source>Contract “%1” has %n placement(s) and cannot be removed. Mark it as ended or terminated instead.</source>
        <translation>
            <numerusform>合同“%1”有 %n 个派驻，不能删除。请改为标记为已结束或已终止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract “%1” has %n funding entries and cannot be removed. Mark it as ended or terminated instead.</source>
        <translation>
            <numerusform>合同“%1”有 %n 条经费记录，不能删除。请改为标记为已结束或已终止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract “%1” was renewed as “%2”; remove the renewal first.</source>
        <translation>合同“%1”已续签为“%2”；请先删除续签合同。</translation>
    </message>
    <message>
        <source>Contract “%1” has already been renewed as “%2”.</source>
        <translation>合同“%1”已续签为“%2”。</translation>
    </message>
    <message>
        <source>Give the start and end dates of the renewed contract.</source>
        <translation>请填写续签合同的开始和结束日期。</translation>
    </message>
    <message>
        <source>The renewal must start after contract “%1” ends (%2); it starts on %3.</source>
        <translation>续签合同必须在合同“%1”结束（%2）之后开始；现在的开始日期是 %3。</translation>
    </message>
    <message>
        <source>Contract “%1” was terminated; it cannot be marked as ended.</source>
        <translation>合同“%1”已终止；不能标记为已结束。</translation>
    </message>
    <message>
        <source>Contract “%1” is already ended.</source>
        <translation>合同“%1”已经结束。</translation>
    </message>
    <message>
        <source>Contract “%1” is already terminated.</source>
        <translation>合同“%1”已经终止。</translation>
    </message>
    <message>
        <source>Contract “%1” has already ended.</source>
        <translation>合同“%1”已经结束。</translation>
    </message>
    <message>
        <source>Give the reason for terminating contract “%1”.</source>
        <translation>请填写终止合同“%1”的原因。</translation>
    </message>
    <message>
        <source>The termination date %1 is before contract “%2” starts (%3).</source>
        <translation>终止日期 %1 早于合同“%2”的开始日期（%3）。</translation>
    </message>
    <message>
        <source>The termination date %1 is after contract “%2” ends (%3).</source>
        <translation>终止日期 %1 晚于合同“%2”的结束日期（%3）。</translation>
    </message>
    <message>
        <source>Terminated on %1: %2</source>
        <translation>于 %1 终止：%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Funding per post</source>
        <translation>每岗经费</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>后续合同</translation>
    </message>
</context>
<context>
    <name>core::Database</name>
    <message>
        <source>“%1” is not a OneStreet database (it is not an SQLite file, or it is damaged). Open another file, or restore a backup copy.</source>
        <translation>“%1”不是 OneStreet 数据库（不是 SQLite 文件，或已损坏）。请打开其他文件，或恢复备份副本。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is not writable. Choose another folder.</source>
        <translation>无法创建“%1”：文件夹不可写。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The file “%1” is read-only. Make it writable (or copy it to a folder you can write to) and open it again.</source>
        <translation>文件“%1”是只读的。请将其设为可写（或复制到可写的文件夹）后再打开。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file, but not a OneStreet database. Open another file.</source>
        <translation>“%1”是 SQLite 文件，但不是 OneStreet 数据库。请打开其他文件。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of OneStreet (file format %2; this program knows up to %3). Install the newer version to open it. The file was not changed.</source>
        <translation>“%1”由更新版本的 OneStreet 写入（文件格式 %2；本程序最高支持 %3）。请安装新版本后打开。文件未被更改。</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this program&apos;s file format, but it is opened read-only. Open it for writing.</source>
        <translation>“%1”需要升级到本程序的文件格式，但它以只读方式打开。请以可写方式打开。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this program.</source>
        <translation>本程序缺少迁移脚本 %1。</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2. The file was not changed.</source>
        <translation>将文件升级到格式 %1 失败：%2。文件未被更改。</translation>
    </message>
    <message>
        <source>A placement must lie inside its contract&apos;s term.</source>
        <translation>派驻必须在其合同期限之内。</translation>
    </message>
    <message>
        <source>This worker already has a placement in that period: a worker holds one placement at a time. End the other placement first.</source>
        <translation>该社工在此期间已有派驻：一名社工同一时间只能有一个派驻。请先结束另一个派驻。</translation>
    </message>
    <message>
        <source>This post is already held by another worker in that period. End that placement first.</source>
        <translation>该岗位在此期间已由另一名社工担任。请先结束那个派驻。</translation>
    </message>
    <message>
        <source>A new activity starts as a draft.</source>
        <translation>新活动从草稿开始。</translation>
    </message>
    <message>
        <source>An activity moves only draft → submitted → approved or rejected → held or cancelled.</source>
        <translation>活动只能按 草稿 → 已提交 → 已批准或已驳回 → 已举办或已取消 的顺序变化。</translation>
    </message>
    <message>
        <source>This evaluation is final and cannot change. Unlock it first, giving a reason.</source>
        <translation>该考核已定稿，不能更改。请先说明理由解锁。</translation>
    </message>
    <message>
        <source>The rubric&apos;s weights must sum to 100.</source>
        <translation>考核模板的权重合计必须为 100。</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>事务已结束。</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: row %2 of table %3 refers to a record that does not exist. The file was not changed.</source>
        <translation>将文件升级到格式 %1 失败：表 %3 的第 %2 行引用了不存在的记录。文件未作任何更改。</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>The server address “%1” names no database: write postgresql://user@host:port/dbname.</source>
        <translation>服务器地址“%1”没有指明数据库：请写成 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>This program cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>本程序无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动（Debian 上的软件包为 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Create it first (see the README: “OneStreet on a PostgreSQL server”).</source>
        <translation>服务器上没有数据库“%1”。请先创建（见 README：“OneStreet on a PostgreSQL server”）。</translation>
    </message>
    <message>
        <source>The server %1 refused the login: check the user name and password.</source>
        <translation>服务器 %1 拒绝登录：请检查用户名和密码。</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OneStreet (format %2; this program knows up to %3). Install the newer version to open it. Nothing was changed.</source>
        <translation>数据库 %1 由更新版本的 OneStreet 写入（格式 %2；本程序最高支持 %3）。请安装新版本后再打开。未作任何更改。</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but it is opened read-only. Open it for writing.</source>
        <translation>数据库 %1 需要升级，但当前以只读方式打开。请以可写方式打开。</translation>
    </message>
    <message>
        <source>The database %1 holds tables, but it is not a OneStreet database. Connect to another database, or ask for an empty one. Nothing was changed.</source>
        <translation>数据库 %1 中已有数据表，但它不是 OneStreet 数据库。请连接其他数据库，或申请一个空数据库。未作任何更改。</translation>
    </message>
    <message>
        <source>Upgrading the database to format %1 failed: %2. Nothing was changed.</source>
        <translation>将数据库升级到格式 %1 失败：%2。未作任何更改。</translation>
    </message>
    <message>
        <source>The server did not give the new record&apos;s number.</source>
        <translation>服务器没有返回新记录的编号。</translation>
    </message>
    <message>
        <source>This contract already has a post at this street: one street, one post per contract.</source>
        <translation>该合同在此街道已有岗位：每份合同每个街道只设一个岗位。</translation>
    </message>
    <message>
        <source>This worker already has an attendance record for that day.</source>
        <translation>该社工当天已有出勤记录。</translation>
    </message>
    <message>
        <source>A record with the same key already exists (%1).</source>
        <translation>已存在相同关键字的记录（%1）。</translation>
    </message>
    <message>
        <source>This record is still used by other records (or refers to one that does not exist). Remove or change those first.</source>
        <translation>该记录仍被其他记录使用（或引用了不存在的记录）。请先删除或修改那些记录。</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>某个值超出了允许范围（%1）。</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>缺少必填值（%1）。</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment. Nothing was saved; try again.</source>
        <translation>他人同时修改了相同的记录。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The server does not let this login change the database (it is read-only or lacks the rights). Ask the agency&apos;s IT person.</source>
        <translation>服务器不允许此登录修改数据库（只读或权限不足）。请联系机构的 IT 人员。</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was saved; ask the agency&apos;s IT person.</source>
        <translation>服务器磁盘已满。未保存任何内容，请联系机构的 IT 人员。</translation>
    </message>
    <message>
        <source>The connection to the server was lost (server restarted or network gone). Nothing of the last change was saved; reconnect and try again.</source>
        <translation>与服务器的连接已断开（服务器重启或网络中断）。最后一次更改未保存任何内容；请重新连接后重试。</translation>
    </message>
    <message>
        <source>The server refused the login: check the user name and password.</source>
        <translation>服务器拒绝登录：请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>Attendance can be recorded on a working day only (on a weekend or public holiday, only business out).</source>
        <translation>考勤只能记录在工作日（周末或法定节假日只能记公出）。</translation>
    </message>
    <message>
        <source>An activity can only have been held while its worker was placed in a post.</source>
        <translation>活动只能在其社工在岗期间举办。</translation>
    </message>
</context>
<context>
    <name>core::DayRules</name>
    <message>
        <source>%1 is not a working day; %2 is recorded as business out (公出) on a day off.</source>
        <translation>%1 不是工作日：已按休息日%2记录。</translation>
    </message>
    <message>
        <source>%1 is not a working day (weekend or public holiday): only business out (公出) can be recorded on it. Check the date, or mark the day as a working day in Settings.</source>
        <translation>%1 不是工作日（周末或法定节假日），只能记录公出。请检查日期，或在“设置”中将该日设为工作日。</translation>
    </message>
    <message>
        <source>%1 was not placed in a post on %2: an activity cannot have been held outside the worker&apos;s placement. Check the date.</source>
        <translation>%1 在 %2 不在岗：活动不能在社工派驻期之外举办。请检查日期。</translation>
    </message>
</context>
<context>
    <name>core::DemoGenerator</name>
    <message>
        <source>The number of streets must be between 1 and %1.</source>
        <translation>街道数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and %1.</source>
        <translation>年数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The file already holds data. Demo data goes only into a new, empty file: choose another file with --db.</source>
        <translation>文件中已有数据。演示数据只能写入新的空文件：请用 --db 选择其他文件。</translation>
    </message>
    <message>
        <source>Streets and contracts</source>
        <translation>街道与合同</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据；未写入任何内容。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Indexing attendance and work logs</source>
        <translation>正在为出勤和工作日志建立索引</translation>
    </message>
    <message>
        <source>Attendance, work logs and activities</source>
        <translation>出勤、工作日志和活动</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>交流座谈</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核</translation>
    </message>
</context>
<context>
    <name>core::Enums</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Share of funding</source>
        <translation>按经费比例</translation>
    </message>
    <message>
        <source>Fixed amount per post</source>
        <translation>每岗固定金额</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <source>Assistant social worker</source>
        <translation>助理社会工作师</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社会工作师</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>高级社会工作师</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>解聘</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>拨款</translation>
    </message>
    <message>
        <source>Overhead kept</source>
        <translation>运行经费</translation>
    </message>
    <message>
        <source>Pay to worker</source>
        <translation>工资发放</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation>旷工</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>年假</translation>
    </message>
    <message>
        <source>Business out</source>
        <translation>公出</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Community activity</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Resource linking</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>Departmental chores</source>
        <translation>行政事务</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Statistics and reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>青少年</translation>
    </message>
    <message>
        <source>People in hardship</source>
        <translation>困难群众</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>流动人口</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全体居民</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个别督导</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>团体督导</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>同辈督导</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>现场督导</translation>
    </message>
    <message>
        <source>Phone or online</source>
        <translation>电话或线上</translation>
    </message>
    <message>
        <source>Experience sharing</source>
        <translation>经验座谈会</translation>
    </message>
    <message>
        <source>Social gathering</source>
        <translation>联谊会</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Activities held against a target</source>
        <translation>举办活动对照目标</translation>
    </message>
    <message>
        <source>Supervision attended against expected</source>
        <translation>参加督导对照应参加次数</translation>
    </message>
    <message>
        <source>Work summary submitted</source>
        <translation>提交工作总结</translation>
    </message>
    <message>
        <source>Supervisor&apos;s judgement</source>
        <translation>督导评定</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>core::EvaluationRepository</name>
    <message>
        <source>Choose a period (a month, quarter, half-year or year).</source>
        <translation>请选择期间（月、季度、半年或年）。</translation>
    </message>
    <message>
        <source>The template “%1” cannot be used: %2</source>
        <translation>模板“%1”不能使用：%2</translation>
    </message>
    <message>
        <source>There is no supervisor with the number %1.</source>
        <translation>没有编号为 %1 的督导。</translation>
    </message>
    <message>
        <source>Cancelled; no evaluation was made.</source>
        <translation>已取消；未生成考核。</translation>
    </message>
    <message>
        <source>Present %1/%2 days, %3%</source>
        <translation>出勤 %1/%2 天，%3%</translation>
    </message>
    <message>
        <source>; late or left early %1, absent %2</source>
        <translation>；迟到或早退 %1 次，旷工 %2 天</translation>
    </message>
    <message>
        <source>No required working days in the period</source>
        <translation>期间内没有应出勤的工作日</translation>
    </message>
    <message>
        <source>Attended supervision %1/%2 times</source>
        <translation>参加督导 %1/%2 次</translation>
    </message>
    <message>
        <source>Work summary not submitted</source>
        <translation>未提交工作总结</translation>
    </message>
    <message>
        <source>There is no evaluation with the number %1.</source>
        <translation>没有编号为 %1 的考核。</translation>
    </message>
    <message>
        <source>This evaluation is final and cannot change. Unlock it, giving a reason, to edit it.</source>
        <translation>该考核已定稿，不能更改。如需编辑，请说明理由解锁。</translation>
    </message>
    <message>
        <source>There is no evaluation item with the number %1.</source>
        <translation>没有编号为 %1 的考核项目。</translation>
    </message>
    <message>
        <source>A score lies between 0 and 100; %1 is not allowed.</source>
        <translation>分数在 0 到 100 之间；不能为 %1。</translation>
    </message>
    <message>
        <source>The records propose %1 for “%2”; say why you score it differently.</source>
        <translation>根据记录，“%2”的建议分为 %1；请说明评分不同的理由。</translation>
    </message>
    <message>
        <source>Work summary submitted on %1</source>
        <translation>工作总结提交于 %1</translation>
    </message>
    <message>
        <source>Score every item before finalising; not scored yet: %1.</source>
        <translation>定稿前请为每个项目评分；尚未评分：%1。</translation>
    </message>
    <message>
        <source>The weights of this evaluation add up to %1; they must add up to 100.</source>
        <translation>该考核的权重合计为 %1；必须为 100。</translation>
    </message>
    <message>
        <source>This evaluation is a draft already; there is nothing to unlock.</source>
        <translation>该考核已是草稿；无需解锁。</translation>
    </message>
    <message>
        <source>Say why the final evaluation is unlocked; the reason is kept with it.</source>
        <translation>请说明解锁定稿考核的理由；理由将与考核一同保存。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 ends on %2, after %3: it cannot be evaluated as a whole yet. Make an interim evaluation as of %3 instead (its targets are pro-rated to the working days elapsed), or wait until the period has ended.</source>
        <translation>%1 于 %2 结束，晚于 %3：尚不能做整期考核。请改做截至 %3 的中期考核（目标按已过的工作日折算），或等期间结束后再考核。</translation>
    </message>
    <message>
        <source>%1 starts on %2, after %3: there is nothing to evaluate yet.</source>
        <translation>%1 于 %2 开始，晚于 %3：尚无可考核的内容。</translation>
    </message>
    <message>
        <source> (target for %1 of the period&apos;s %2 working days)</source>
        <translation>（按期间 %2 个工作日中的 %1 天折算目标）</translation>
    </message>
    <message>
        <source>; %1 %2 days not required</source>
        <translation>；%1 %2 天不计入应出勤</translation>
    </message>
    <message>
        <source>All %1 required days excused (%2)</source>
        <translation>应出勤 %1 天全部为%2，不计入应出勤</translation>
    </message>
    <message>
        <source>Held %1/%2 activities, %3 participants</source>
        <translation>举办活动 %1/%2 场，服务 %3 人次</translation>
    </message>
    <message>
        <source>%1 (interim, as of %2)</source>
        <translation>%1（中期考核，截至 %2）</translation>
    </message>
</context>
<context>
    <name>core::ExchangeRepository</name>
    <message>
        <source>Exchange meeting %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>交流座谈 %1 不存在；可能已被删除。请刷新列表。</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>请输入座谈日期。</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s topic.</source>
        <translation>请输入座谈主题。</translation>
    </message>
    <message>
        <source>Social worker %1 does not exist; choose the attendees again.</source>
        <translation>社工 %1 不存在；请重新选择参加人员。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>core::FundingRepository</name>
    <message>
        <source>There is no funding entry with number %1.</source>
        <translation>没有编号为 %1 的经费记录。</translation>
    </message>
    <message>
        <source>Choose the contract the funding entry belongs to.</source>
        <translation>请选择经费记录所属的合同。</translation>
    </message>
    <message>
        <source>Give the date of the funding entry.</source>
        <translation>请填写经费记录的日期。</translation>
    </message>
    <message>
        <source>An amount cannot be negative (%1). Record money going out as overhead or pay.</source>
        <translation>金额不能为负数（%1）。支出请记为运行经费或工资。</translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as year-month, e.g. 2026-03.</source>
        <translation>“%1”不是月份；请写成 年-月，例如 2026-03。</translation>
    </message>
    <message>
        <source>A pay entry needs the post, the social worker who was paid and the month paid for.</source>
        <translation>工资记录需要岗位、领取工资的社工和工资所属月份。</translation>
    </message>
    <message>
        <source>The post chosen does not belong to this contract. Choose one of its posts.</source>
        <translation>所选岗位不属于该合同。请选择该合同的岗位。</translation>
    </message>
    <message>
        <source>The social worker chosen does not exist.</source>
        <translation>所选社工不存在。</translation>
    </message>
    <message>
        <source>Overhead for contract “%1” was already recorded on %2. Change those entries instead.</source>
        <translation>合同“%1”的运行经费已于 %2 记录。请修改那些记录。</translation>
    </message>
    <message>
        <source>Contract “%1” has no posts yet; add its posts before recording overhead.</source>
        <translation>合同“%1”还没有岗位；请先添加岗位再记录运行经费。</translation>
    </message>
    <message>
        <source>Overhead: fixed amount per post</source>
        <translation>运行经费：每岗固定金额</translation>
    </message>
    <message>
        <source>Overhead: %1% of the funding per post</source>
        <translation>运行经费：每岗经费的 %1%</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>core::ListSource</name>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>core::OrganisationRepository</name>
    <message>
        <source>There is no district with number %1.</source>
        <translation>没有编号为 %1 的区。</translation>
    </message>
    <message>
        <source>A district needs a name.</source>
        <translation>区需要名称。</translation>
    </message>
    <message>
        <source>There is already a district named “%1”. Choose another name.</source>
        <translation>已有名为“%1”的区。请换一个名称。</translation>
    </message>
    <message numerus="yes">
        <source>District “%1” still has %n street(s). Remove or move them first.</source>
        <translation>
            <numerusform>区“%1”仍有 %n 个街道。请先删除或移走。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no street with number %1.</source>
        <translation>没有编号为 %1 的街道。</translation>
    </message>
    <message>
        <source>A street needs a name.</source>
        <translation>街道需要名称。</translation>
    </message>
    <message>
        <source>Choose the district the street “%1” belongs to.</source>
        <translation>请选择街道“%1”所属的区。</translation>
    </message>
    <message>
        <source>District “%1” already has a street named “%2”. Choose another name.</source>
        <translation>区“%1”已有名为“%2”的街道。请换一个名称。</translation>
    </message>
    <message numerus="yes">
        <source>Street “%1” has %n post(s) in contracts and cannot be removed. Remove those posts first.</source>
        <translation>
            <numerusform>街道“%1”在合同中有 %n 个岗位，不能删除。请先删除那些岗位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Street “%1” has %n activity record(s) and cannot be removed.</source>
        <translation>
            <numerusform>街道“%1”有 %n 条活动记录，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no department with number %1.</source>
        <translation>没有编号为 %1 的科室。</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>科室需要名称。</translation>
    </message>
    <message>
        <source>Choose the street the department “%1” belongs to.</source>
        <translation>请选择科室“%1”所属的街道。</translation>
    </message>
    <message>
        <source>Street “%1” already has a department named “%2”. Choose another name.</source>
        <translation>街道“%1”已有名为“%2”的科室。请换一个名称。</translation>
    </message>
    <message numerus="yes">
        <source>Department “%1” is named in %n placement(s) and cannot be removed.</source>
        <translation>
            <numerusform>科室“%1”在 %n 个派驻中被引用，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
</context>
<context>
    <name>core::Period</name>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 H1</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 H2</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>core::PlacementRepository</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Placement #%1 does not exist (it may have been removed).</source>
        <translation>派驻 #%1 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Choose the social worker to place (worker #%1 does not exist).</source>
        <translation>请选择要派驻的社工（社工 #%1 不存在）。</translation>
    </message>
    <message>
        <source>Choose the post (street and contract) for the placement (post #%1 does not exist).</source>
        <translation>请选择派驻的岗位（街道和合同）（岗位 #%1 不存在）。</translation>
    </message>
    <message>
        <source>Enter the day the placement starts.</source>
        <translation>请输入派驻开始日期。</translation>
    </message>
    <message>
        <source>The placement ends (%1) before it starts (%2). Correct the dates.</source>
        <translation>派驻结束日期（%1）早于开始日期（%2）。请更正日期。</translation>
    </message>
    <message>
        <source>The placement (%1) must lie inside the term of contract %2 (%3). Choose dates within the contract, or place the worker under the contract that covers these dates.</source>
        <translation>派驻（%1）必须在合同 %2 的期限（%3）之内。请选择合同期限内的日期，或在覆盖这些日期的合同下派驻。</translation>
    </message>
    <message>
        <source>An end reason needs an end date. Enter the day the placement ends, or clear the reason.</source>
        <translation>有结束原因就需要结束日期。请输入派驻结束日期，或清除原因。</translation>
    </message>
    <message>
        <source>%1 is already placed at %2 from %3, which overlaps %4. A worker holds one placement at a time: end that placement first, or choose other dates.</source>
        <translation>%1 自 %3 起已派驻在 %2，与 %4 重叠。一名社工同一时间只能有一个派驻：请先结束那个派驻，或选择其他日期。</translation>
    </message>
    <message>
        <source>The post at %1 (contract %2) is already held by %3 from %4, which overlaps %5. A post holds one worker at a time: end that placement first, or choose other dates.</source>
        <translation>%1 的岗位（合同 %2）自 %4 起已由 %3 担任，与 %5 重叠。一个岗位同一时间只能有一名社工：请先结束那个派驻，或选择其他日期。</translation>
    </message>
    <message>
        <source>The department #%1 does not exist. Choose a department of %2.</source>
        <translation>科室 #%1 不存在。请选择 %2 的科室。</translation>
    </message>
    <message>
        <source>The department “%1” belongs to %2, not to %3. Choose a department of %3.</source>
        <translation>科室“%1”属于 %2，而不是 %3。请选择 %3 的科室。</translation>
    </message>
    <message>
        <source>Choose why the placement ends (contract ended, resigned, transferred…).</source>
        <translation>请选择派驻结束的原因（合同到期、辞职、调动……）。</translation>
    </message>
    <message>
        <source>Enter the day the placement ends.</source>
        <translation>请输入派驻结束日期。</translation>
    </message>
    <message>
        <source>The end day %1 is outside the placement (%2). Choose a day within it.</source>
        <translation>结束日期 %1 不在派驻期间（%2）之内。请选择期间内的日期。</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接记录</translation>
    </message>
</context>
<context>
    <name>core::PostRepository</name>
    <message>
        <source>There is no post with number %1.</source>
        <translation>没有编号为 %1 的岗位。</translation>
    </message>
    <message>
        <source>Choose the street of the post.</source>
        <translation>请选择岗位所在街道。</translation>
    </message>
    <message>
        <source>This contract already has a post at %1: one street, one post per contract.</source>
        <translation>该合同在 %1 已有岗位：每份合同每个街道只设一个岗位。</translation>
    </message>
    <message>
        <source>Choose the contract the post belongs to.</source>
        <translation>请选择岗位所属的合同。</translation>
    </message>
    <message numerus="yes">
        <source>Contract “%1” funds %n post(s), and all of them have a street. Raise the number of posts in the contract first.</source>
        <translation>
            <numerusform>合同“%1”资助 %n 个岗位，且都已指定街道。请先增加合同的岗位数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Workers have been placed in the post at %1; its street cannot change. Add a new post instead.</source>
        <translation>已有社工派驻在 %1 的岗位；其街道不能更改。请改为新增岗位。</translation>
    </message>
    <message numerus="yes">
        <source>The post at %1 in contract “%2” has %n placement(s) and cannot be removed.</source>
        <translation>
            <numerusform>合同“%2”在 %1 的岗位有 %n 个派驻，不能删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The post at %1 in contract “%2” has %n funding entries and cannot be removed.</source>
        <translation>
            <numerusform>合同“%2”在 %1 的岗位有 %n 条经费记录，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Social worker today</source>
        <translation>今日社工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Contract status</source>
        <translation>合同状态</translation>
    </message>
</context>
<context>
    <name>core::PurchaserReport</name>
    <message>
        <source>Give the report&apos;s period, e.g. 2026-Q3.</source>
        <translation>请指定报告期，例如 2026-Q3。</translation>
    </message>
    <message>
        <source>A report for the purchaser covers posts: choose a contract, a district, a street or the whole agency.</source>
        <translation>项目服务报告按岗位统计：请选择协议、区、街道或整个机构。</translation>
    </message>
    <message>
        <source>Contract “%1” is a draft: it has not run, so there is nothing to report. Report on it once it is active.</source>
        <translation>协议“%1”仍是草稿，尚未执行，没有可报告的内容。请在协议生效后再生成报告。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) lies outside the term of contract “%4” (%5 to %6); choose a period inside the term.</source>
        <translation>%1（%2 至 %3）不在协议“%4”的期限（%5 至 %6）内；请选择协议期限内的报告期。</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>协议 %1</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>整个机构</translation>
    </message>
    <message>
        <source>%1 begins on %2, after the as-of day %3: nothing has happened in it yet. Choose an earlier period or a later --on day.</source>
        <translation>%1 从 %2 开始，晚于截至日 %3：这一期还没有任何记录。请选择更早的报告期或更晚的截至日（--on）。</translation>
    </message>
    <message>
        <source>No contract with posts in %1 ran in %2 (%3 to %4): there is nothing to report.</source>
        <translation>%2（%3 至 %4）期间%1没有执行中的协议岗位，没有可报告的内容。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures %1: the period is still running.</source>
        <translation>数据%1，本期尚未结束。</translation>
    </message>
    <message>
        <source>Service report to the purchaser</source>
        <translation>项目服务报告</translation>
    </message>
    <message>
        <source>One Street, One Social Worker — government-purchased service</source>
        <translation>“一街一社工”政府购买服务项目</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1《%2》</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>协议期限</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>协议</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s): %1</source>
        <translation>
            <numerusform>%n 份：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>服务范围</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n post(s)</source>
        <translation>
            <numerusform>%1 · %n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; inside the contract&apos;s term %1</source>
        <translation>；协议期内 %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>统计截至</translation>
    </message>
    <message>
        <source>%1 (the period is still running: %2)</source>
        <translation>%1（本期尚未结束，数据%2）</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>编制日期</translation>
    </message>
    <message>
        <source>Attendance rule: %1.</source>
        <translation>出勤规则：%1。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Agency (seal)</source>
        <translation>服务机构（盖章）</translation>
    </message>
    <message>
        <source>Person in charge (signature)</source>
        <translation>机构负责人（签字）</translation>
    </message>
    <message>
        <source>Purchaser&apos;s review</source>
        <translation>购买方审核意见</translation>
    </message>
    <message>
        <source>Purchaser (seal)</source>
        <translation>购买方（盖章）</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Key figures</source>
        <comment>sheet</comment>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Post-days in the contract&apos;s term</source>
        <translation>协议期内岗位天数</translation>
    </message>
    <message>
        <source>calendar days × posts</source>
        <translation>日历天数 × 岗位数</translation>
    </message>
    <message>
        <source>Post-days filled</source>
        <translation>在岗天数</translation>
    </message>
    <message>
        <source>days a placed worker held the post</source>
        <translation>岗位有派驻社工的天数</translation>
    </message>
    <message>
        <source>Posts kept filled</source>
        <translation>岗位在岗率</translation>
    </message>
    <message>
        <source>post-days filled ÷ post-days</source>
        <translation>在岗天数 ÷ 岗位天数</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>空岗</translation>
    </message>
    <message>
        <source>runs of days a post stood empty</source>
        <translation>岗位连续空缺的时段数</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>新派驻</translation>
    </message>
    <message>
        <source>new placements in the period</source>
        <translation>本期开始的派驻</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>结束派驻</translation>
    </message>
    <message>
        <source>placements that ended in the period</source>
        <translation>本期结束的派驻</translation>
    </message>
    <message>
        <source>Handovers without a note</source>
        <translation>无交接记录</translation>
    </message>
    <message>
        <source>ended placements, no handover note</source>
        <translation>结束的派驻中没有交接记录的</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>%1 ÷ (%2 − %3) days</source>
        <translation>%1 ÷（%2 − %3）天</translation>
    </message>
    <message>
        <source>Days not recorded</source>
        <translation>未记录出勤天数</translation>
    </message>
    <message>
        <source>required days without attendance</source>
        <translation>应出勤但无考勤记录的天数</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>held in the period</source>
        <translation>本期已举行</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <source>people who took part, summed</source>
        <translation>各活动实际参与人数之和</translation>
    </message>
    <message>
        <source>Applications pending</source>
        <translation>待审批申请</translation>
    </message>
    <message>
        <source>waiting for review on the day counted</source>
        <translation>统计截至日仍待审批</translation>
    </message>
    <message>
        <source>Administrative share</source>
        <translation>行政事务占比</translation>
    </message>
    <message>
        <source>administrative ÷ all hours logged</source>
        <translation>行政事务工时 ÷ 全部工时</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>督导次数</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>已开展的督导</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期跟进事项</translation>
    </message>
    <message>
        <source>due and not done on the day counted</source>
        <translation>统计截至日已到期未完成</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>交流座谈</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>已举行的座谈</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核人次</translation>
    </message>
    <message>
        <source>of the period&apos;s workers</source>
        <translation>本期派驻社工的考核</translation>
    </message>
    <message>
        <source>Funding received (yuan)</source>
        <translation>已拨付经费（元）</translation>
    </message>
    <message>
        <source>up to the day counted</source>
        <translation>累计至统计截至日</translation>
    </message>
    <message>
        <source>Overhead kept (yuan)</source>
        <translation>运行经费（元）</translation>
    </message>
    <message>
        <source>Paid to workers (yuan)</source>
        <translation>社工薪酬（元）</translation>
    </message>
    <message>
        <source>Funding left (yuan)</source>
        <translation>经费结余（元）</translation>
    </message>
    <message>
        <source>received − overhead − paid</source>
        <translation>拨付 − 运行经费 − 薪酬</translation>
    </message>
    <message>
        <source>Average net monthly pay (yuan)</source>
        <translation>月均实发薪酬（元）</translation>
    </message>
    <message>
        <source>reference wage %1</source>
        <translation>参考工资 %1</translation>
    </message>
    <message>
        <source>1. Posts and how well they were kept filled</source>
        <translation>一、岗位与在岗情况</translation>
    </message>
    <message>
        <source>Posts</source>
        <comment>sheet</comment>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Post-days are calendar days: each post&apos;s days inside the contract&apos;s term and the period, up to %1; a day is filled when a placed worker holds the post.</source>
        <translation>岗位天数按日历日计：每个岗位在协议期内、报告期内（统计至 %1）的天数；当天有派驻社工即为在岗。</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Post-days</source>
        <translation>岗位天数</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>在岗天数</translation>
    </message>
    <message>
        <source>Kept filled</source>
        <translation>在岗率</translation>
    </message>
    <message>
        <source>Workers placed</source>
        <translation>派驻社工</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>On the day counted</source>
        <translation>统计截至日</translation>
    </message>
    <message>
        <source>still vacant</source>
        <translation>仍空缺</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>已补岗</translation>
    </message>
    <message>
        <source>No post stood empty.</source>
        <translation>没有岗位空缺。</translation>
    </message>
    <message>
        <source>Placements started and ended</source>
        <translation>派驻变动</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <source>Started (first day of the contract)</source>
        <translation>派驻（协议首日）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>新派驻</translation>
    </message>
    <message>
        <source>Ended (last day of the contract)</source>
        <translation>结束（协议末日）</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束派驻</translation>
    </message>
    <message>
        <source>written</source>
        <translation>有</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No placement started or ended.</source>
        <translation>本期没有派驻变动。</translation>
    </message>
    <message>
        <source>Handovers: %1 with a note, %2 without.</source>
        <translation>交接：%1 次有交接记录，%2 次没有。</translation>
    </message>
    <message>
        <source>2. Attendance</source>
        <translation>二、出勤情况</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>sheet</comment>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Required days are the working days of the calendar inside each placement; a required day without a record counts against.</source>
        <translation>应出勤天数为各派驻期间工作日历中的工作日；应出勤而没有考勤记录的日子计为缺勤。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应出勤</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Attendance per street</source>
        <translation>各街道出勤</translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation>各月出勤</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Counted to</source>
        <translation>统计至</translation>
    </message>
    <message>
        <source>Days counted against (sick, personal leave, absence and days not recorded, as the rule says): %1.</source>
        <translation>按出勤规则计为缺勤的天数（病假、事假、旷工及未记录）：%1。</translation>
    </message>
    <message>
        <source>3. Activities held</source>
        <translation>三、服务活动</translation>
    </message>
    <message>
        <source>Activities</source>
        <comment>sheet</comment>
        <translation>活动</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按活动类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>By target group</source>
        <translation>按服务对象</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>An activity for several target groups counts once in each of them.</source>
        <translation>一项活动面向多个服务对象时，在每个对象中各计一次。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>活动申请</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Submitted in the period</source>
        <translation>本期提交</translation>
    </message>
    <message>
        <source>Approved in the period</source>
        <translation>本期批准</translation>
    </message>
    <message>
        <source>Rejected in the period</source>
        <translation>本期驳回</translation>
    </message>
    <message>
        <source>Waiting for review on %1</source>
        <translation>%1 仍待审批</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>各月活动</translation>
    </message>
    <message>
        <source>4. Professional and administrative work</source>
        <translation>四、专业服务与行政事务</translation>
    </message>
    <message>
        <source>Workload</source>
        <comment>sheet</comment>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Hours from the work log, for the days each worker was placed at the street.</source>
        <translation>工时取自工作日志，按社工派驻该街道期间统计。</translation>
    </message>
    <message>
        <source>Professional (hours)</source>
        <translation>专业服务（小时）</translation>
    </message>
    <message>
        <source>Administrative (hours)</source>
        <translation>行政事务（小时）</translation>
    </message>
    <message>
        <source>Outside any post</source>
        <translation>未派驻期间</translation>
    </message>
    <message>
        <source>“Outside any post”: time logged on days the worker held no post; it counts in the total only.</source>
        <translation>“未派驻期间”：社工未在岗期间登记的工时，只计入合计。</translation>
    </message>
    <message>
        <source>5. Supervision and exchange</source>
        <translation>五、督导与交流</translation>
    </message>
    <message>
        <source>Supervision</source>
        <comment>sheet</comment>
        <translation>督导</translation>
    </message>
    <message>
        <source>Supervision sessions by form</source>
        <translation>督导形式</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message numerus="yes">
        <source>Workers not supervised for %n day(s) or more on %1</source>
        <translation>
            <numerusform>截至 %1 超过 %n 天未接受督导的社工</numerusform>
        </translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>最近一次督导</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>Every placed worker was supervised within %n day(s).</source>
        <translation>
            <numerusform>所有在岗社工在 %n 天内都接受过督导。</numerusform>
        </translation>
    </message>
    <message>
        <source>The threshold is the Settings&apos; alert for unsupervised workers.</source>
        <translation>天数取自“设置”中未督导提醒的阈值。</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>本期到期</translation>
    </message>
    <message>
        <source>Done in the period</source>
        <translation>本期完成</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>截至 %1 逾期</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进事项</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应完成日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>(the group)</source>
        <translation>（全组）</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>没有逾期的跟进事项。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Of them, from these posts</source>
        <translation>其中本范围岗位</translation>
    </message>
    <message>
        <source>No exchange meeting in the period.</source>
        <translation>本期没有交流座谈。</translation>
    </message>
    <message>
        <source>6. Evaluations</source>
        <translation>六、考核</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <comment>sheet</comment>
        <translation>考核</translation>
    </message>
    <message>
        <source>The evaluations of the periods inside %1, of the workers placed in these posts.</source>
        <translation>%1 内各考核期、在这些岗位派驻的社工的考核。</translation>
    </message>
    <message>
        <source>Evaluation period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>中期</translation>
    </message>
    <message>
        <source>No evaluation of this period yet.</source>
        <translation>本期尚无考核。</translation>
    </message>
    <message>
        <source>7. Funding and pay</source>
        <translation>七、经费与薪酬</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>sheet</comment>
        <translation>经费</translation>
    </message>
    <message>
        <source>Funding up to %1</source>
        <translation>经费（累计至 %1）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>协议经费</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Overhead kept</source>
        <translation>运行经费</translation>
    </message>
    <message>
        <source>Paid to workers</source>
        <translation>社工薪酬</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Yuan. Left = received − overhead − paid.</source>
        <translation>单位：元。结余 = 已拨付 − 运行经费 − 社工薪酬。</translation>
    </message>
    <message>
        <source>Funding in the period (%1)</source>
        <translation>本期经费（%1）</translation>
    </message>
    <message>
        <source>Net monthly pay beside the reference wage (%1 yuan)</source>
        <translation>社工月实发薪酬与参考工资（%1 元）</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>发放月数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实发合计</translation>
    </message>
    <message>
        <source>Monthly average</source>
        <translation>月均</translation>
    </message>
    <message>
        <source>Lowest month</source>
        <translation>最低月份</translation>
    </message>
    <message>
        <source>Months below the reference</source>
        <translation>低于参考工资的月数</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <source>No pay recorded for the months of the period.</source>
        <translation>本期各月没有工资发放记录。</translation>
    </message>
</context>
<context>
    <name>core::PurchaserRepository</name>
    <message>
        <source>There is no purchaser with number %1.</source>
        <translation>没有编号为 %1 的购买方。</translation>
    </message>
    <message>
        <source>A purchaser needs a name, e.g. the district civil-affairs bureau.</source>
        <translation>购买方需要名称，例如区民政局。</translation>
    </message>
    <message>
        <source>There is already a purchaser named “%1”. Choose another name.</source>
        <translation>已有名为“%1”的购买方。请换一个名称。</translation>
    </message>
    <message numerus="yes">
        <source>Purchaser “%1” has %n contract(s) and cannot be removed.</source>
        <translation>
            <numerusform>购买方“%1”有 %n 份合同，不能删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Renewal</name>
    <message>
        <source>Contract “%1” has already been renewed as “%2”.</source>
        <translation>合同“%1”已续签为“%2”。</translation>
    </message>
    <message>
        <source>Contract “%1” was terminated; it cannot be renewed.</source>
        <translation>合同“%1”已终止，不能续签。</translation>
    </message>
    <message>
        <source>Renews %1.</source>
        <translation>续签 %1。</translation>
    </message>
    <message>
        <source>The renewal has no post at %1 for %2.</source>
        <translation>续签合同在 %1 没有可派驻 %2 的岗位。</translation>
    </message>
    <message>
        <source>%1 cannot be placed at %2 in the renewal: %3</source>
        <translation>%1 不能在续签合同中派驻于 %2：%3</translation>
    </message>
</context>
<context>
    <name>core::Reports</name>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A day and month, as a QDate format: &quot;1 Dec&quot;, &quot;12月1日&quot;.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>core::RubricRepository</name>
    <message>
        <source>The template needs a name.</source>
        <translation>模板需要名称。</translation>
    </message>
    <message>
        <source>The template “%1” has no items; add at least one.</source>
        <translation>模板“%1”没有项目；请至少添加一个。</translation>
    </message>
    <message>
        <source>Item %1 of the template has no (Chinese) name; name it.</source>
        <translation>模板的第 %1 项没有（中文）名称；请命名。</translation>
    </message>
    <message>
        <source>The weight of “%1” is %2; a weight lies between 0 and 100.</source>
        <translation>“%1”的权重为 %2；权重应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>“%1” is scored against a monthly target; set a target above zero.</source>
        <translation>“%1”按月度目标计分；请设置大于零的目标。</translation>
    </message>
    <message>
        <source>The target of “%1” cannot be negative.</source>
        <translation>“%1”的目标不能为负数。</translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation>权重合计为 %1；必须为 100。</translation>
    </message>
    <message>
        <source>There is no rubric template with the number %1.</source>
        <translation>没有编号为 %1 的考核模板。</translation>
    </message>
    <message>
        <source>There is no rubric template; add one in Settings.</source>
        <translation>没有考核模板；请在设置中添加。</translation>
    </message>
    <message>
        <source>A template named “%1” exists already; choose another name.</source>
        <translation>已有名为“%1”的模板；请换一个名称。</translation>
    </message>
    <message>
        <source>This is the default template; make another template the default before removing it.</source>
        <translation>这是默认模板；删除前请先将其他模板设为默认。</translation>
    </message>
</context>
<context>
    <name>core::Settings</name>
    <message>
        <source>Give the agency&apos;s name; it is printed on evaluation sheets.</source>
        <translation>请填写机构名称；它会打印在考核表上。</translation>
    </message>
    <message>
        <source>The default overhead rate must lie between 0% and 100%.</source>
        <translation>默认运行经费比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The default fixed overhead per post cannot be negative.</source>
        <translation>默认每岗固定运行经费不能为负数。</translation>
    </message>
    <message>
        <source>Alert periods are numbers of days and cannot be negative.</source>
        <translation>提醒期限为天数，不能为负数。</translation>
    </message>
    <message>
        <source>Give the start and end of the working day as times, e.g. 09:00 and 17:30.</source>
        <translation>请以时间形式填写上下班时间，例如 09:00 和 17:30。</translation>
    </message>
    <message>
        <source>The working day must start (%1) before it ends (%2).</source>
        <translation>上班时间（%1）必须早于下班时间（%2）。</translation>
    </message>
    <message>
        <source>The reference wage cannot be negative.</source>
        <translation>参考工资不能为负数。</translation>
    </message>
    <message>
        <source>Grade thresholds are scores between 0 and 100.</source>
        <translation>等级分数线是 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>Grade thresholds must go down in order: excellent (%1) above good (%2) above pass (%3).</source>
        <translation>等级分数线必须依次降低：优秀（%1）高于良好（%2）高于合格（%3）。</translation>
    </message>
    <message>
        <source>The number of backup copies to keep cannot be negative.</source>
        <translation>保留的备份份数不能为负数。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: choose Chinese, English or the system&apos;s language.</source>
        <translation>未知语言“%1”：请选择中文、英文或跟随系统。</translation>
    </message>
    <message>
        <source>The shortest placement evaluated is a number of working days from 0 to 366.</source>
        <translation>参加考核的最短派驻时间是 0 到 366 之间的工作日数。</translation>
    </message>
</context>
<context>
    <name>core::StorageCopy</name>
    <message>
        <source>One side of a copy must be a OneStreet file.</source>
        <translation>复制的一方必须是 OneStreet 数据文件。</translation>
    </message>
    <message>
        <source>The two databases have different formats (%1 and %2): open both with this program first.</source>
        <translation>两个数据库的格式不同（%1 与 %2）：请先用本程序分别打开它们。</translation>
    </message>
    <message>
        <source>The copy of table %1 holds %2 rows, the original %3. Nothing was copied.</source>
        <translation>表 %1 的副本有 %2 行，原表有 %3 行。未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>core::SupervisionRepository</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Supervision session %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>督导记录 %1 不存在；可能已被删除。请刷新列表。</translation>
    </message>
    <message>
        <source>Choose the supervisor who held the session.</source>
        <translation>请选择主持督导的督导员。</translation>
    </message>
    <message>
        <source>Enter the date of the supervision session.</source>
        <translation>请输入督导日期。</translation>
    </message>
    <message>
        <source>Enter how long the session lasted, in minutes (more than 0, at most a day).</source>
        <translation>请输入督导时长（分钟，大于 0，最多一天）。</translation>
    </message>
    <message>
        <source>Choose at least one social worker who attended the session.</source>
        <translation>请至少选择一名参加督导的社工。</translation>
    </message>
    <message>
        <source>An individual session is with one worker; %1 are chosen. Choose one worker, or the group form.</source>
        <translation>个别督导只针对一名社工；现选择了 %1 名。请选择一名社工，或改为团体督导。</translation>
    </message>
    <message>
        <source>Social worker %1 does not exist; choose the attendees again.</source>
        <translation>社工 %1 不存在；请重新选择参加人员。</translation>
    </message>
    <message>
        <source>%1 follow-up(s) of this session are due or done before %2. Change their dates first, or keep the session&apos;s date.</source>
        <translation>本次督导有 %1 项跟进事项的到期或完成日期早于 %2。请先修改它们的日期，或保持督导日期不变。</translation>
    </message>
    <message>
        <source>These workers still have follow-ups from this session: %1. Reassign or remove those follow-ups before taking the workers off the attendees.</source>
        <translation>以下社工仍有本次督导的跟进事项：%1。请先重新分配或删除这些跟进事项，再将其移出参加人员。</translation>
    </message>
    <message>
        <source>Enter what is to be done (the follow-up&apos;s action).</source>
        <translation>请输入需要做的事（跟进事项）。</translation>
    </message>
    <message>
        <source>Enter the date the follow-up “%1” is due.</source>
        <translation>请输入跟进事项“%1”的到期日期。</translation>
    </message>
    <message>
        <source>The follow-up “%1” cannot be due (%2) before its session was held (%3).</source>
        <translation>跟进事项“%1”的到期日期（%2）不能早于督导日期（%3）。</translation>
    </message>
    <message>
        <source>The follow-up “%1” cannot be done (%2) before its session was held (%3).</source>
        <translation>跟进事项“%1”的完成日期（%2）不能早于督导日期（%3）。</translation>
    </message>
    <message>
        <source>The follow-up “%1” is for a worker who did not attend the session. Choose one of its attendees, or none for the whole group.</source>
        <translation>跟进事项“%1”针对的社工未参加本次督导。请选择参加人员之一，或不选表示整个小组。</translation>
    </message>
    <message>
        <source>A follow-up stays with the session it was agreed in; add a new one to the other session instead.</source>
        <translation>跟进事项属于商定它的那次督导；请在另一次督导中新增跟进事项。</translation>
    </message>
    <message>
        <source>Enter the date the follow-up “%1” was done.</source>
        <translation>请输入跟进事项“%1”的完成日期。</translation>
    </message>
    <message>
        <source>The follow-up “%1” was already done on %2. Edit it to change that date.</source>
        <translation>跟进事项“%1”已于 %2 完成。如需更改日期，请编辑它。</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist; it may have been removed. Refresh the list.</source>
        <translation>跟进事项 %1 不存在；可能已被删除。请刷新列表。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完成跟进</translation>
    </message>
</context>
<context>
    <name>core::SupervisorRepository</name>
    <message>
        <source>There is no supervisor with number %1.</source>
        <translation>没有编号为 %1 的督导员。</translation>
    </message>
    <message>
        <source>A supervisor needs a name.</source>
        <translation>督导员需要姓名。</translation>
    </message>
    <message>
        <source>There is already a supervisor named “%1”. Add something to tell them apart.</source>
        <translation>已有名为“%1”的督导员。请加上区分信息。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has held %n supervision session(s) and cannot be removed.</source>
        <translation>
            <numerusform>%1 已主持 %n 次督导，不能删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is named in %n evaluation(s) and cannot be removed.</source>
        <translation>
            <numerusform>%1 在 %n 份考核中被引用，不能删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::WorkLogRepository</name>
    <message>
        <source>Work log entry #%1 does not exist (it may have been removed).</source>
        <translation>工作日志 #%1 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Enter the day of the work log entry.</source>
        <translation>请输入工作日志的日期。</translation>
    </message>
    <message>
        <source>The time spent must be more than 0 and at most 24 hours (you entered %1 minutes).</source>
        <translation>工作时长必须大于 0 且不超过 24 小时（您输入了 %1 分钟）。</translation>
    </message>
    <message>
        <source>Choose the social worker (worker #%1 does not exist).</source>
        <translation>请选择社工（社工 #%1 不存在）。</translation>
    </message>
    <message>
        <source>%1 already has %2 hours logged on %3; another %4 would pass 24 hours in a day. Check the times, or correct the other entries of that day.</source>
        <translation>%1 在 %3 已记录 %2 小时；再加 %4 将超过一天 24 小时。请检查时间，或更正当天的其他记录。</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>行政事务</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业服务</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>core::WorkerRepository</name>
    <message>
        <source>Social worker #%1 does not exist (it may have been removed).</source>
        <translation>社工 #%1 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>The ID number “%1” has %2 characters; a resident ID number has 18. Check it against the ID card.</source>
        <translation>身份证号“%1”有 %2 位；居民身份证号为 18 位。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The ID number “%1” must begin with 17 digits (then a digit or X). Check it against the ID card.</source>
        <translation>身份证号“%1”前 17 位必须是数字（最后一位是数字或 X）。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The ID number “%1” must end with a digit or X. Check it against the ID card.</source>
        <translation>身份证号“%1”最后一位必须是数字或 X。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The ID number “%1” holds no valid birth date (digits 7–14 should read yyyyMMdd). Check it against the ID card.</source>
        <translation>身份证号“%1”中的出生日期无效（第 7–14 位应为 yyyyMMdd）。请对照身份证核对。</translation>
    </message>
    <message>
        <source>The ID number “%1” is not valid: its last character should be %2 for the digits before it. One of the digits is probably mistyped; check it against the ID card.</source>
        <translation>身份证号“%1”无效：按前面的数字，最后一位应为 %2。可能有数字输错；请对照身份证核对。</translation>
    </message>
    <message>
        <source>Enter the social worker&apos;s name.</source>
        <translation>请输入社工姓名。</translation>
    </message>
    <message>
        <source>The leaving date (%1) is before the hiring date (%2). Correct one of them.</source>
        <translation>离职日期（%1）早于入职日期（%2）。请更正其中之一。</translation>
    </message>
    <message>
        <source>The staff number %1 is already used by %2. Give each worker a different number, or leave it empty.</source>
        <translation>工号 %1 已被 %2 使用。请为每名社工设置不同的工号，或留空。</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>出勤记录</translation>
    </message>
    <message>
        <source>work log entries</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>pay entries</source>
        <translation>工资记录</translation>
    </message>
    <message>
        <source>supervision sessions</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <source>supervision follow-ups</source>
        <translation>督导跟进事项</translation>
    </message>
    <message>
        <source>exchange meetings</source>
        <translation>交流座谈</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>%1 cannot be removed: records refer to this worker (%2). Keep the worker and enter a leaving date instead, or remove those records first.</source>
        <translation>%1 不能删除：有记录引用该社工（%2）。请保留该社工并填写离职日期，或先删除那些记录。</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Current street</source>
        <translation>当前街道</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
</context>
<context>
    <name>core::io</name>
    <message>
        <source>Cannot create the backup folder “%1”. Check that the disk is writable.</source>
        <translation>无法创建备份文件夹“%1”。请检查磁盘是否可写。</translation>
    </message>
    <message>
        <source>This database is not a file; say where its backups go.</source>
        <translation>该数据库不是文件；请指定备份位置。</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>备份“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a OneStreet database. Pick a file from the backups folder.</source>
        <translation>“%1”不是 OneStreet 数据库。请从备份文件夹中选择文件。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of OneStreet. Update the program, then restore it.</source>
        <translation>“%1”由更新版本的 OneStreet 生成。请先更新程序，再恢复。</translation>
    </message>
    <message>
        <source>“%1” is damaged. Pick an older backup.</source>
        <translation>“%1”已损坏。请选择更早的备份。</translation>
    </message>
    <message>
        <source>That backup is the current file itself.</source>
        <translation>该备份就是当前文件本身。</translation>
    </message>
    <message>
        <source>Cannot copy “%1” next to “%2”. Is the disk full?</source>
        <translation>无法将“%1”复制到“%2”旁边。磁盘是否已满？</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before restoring, so nothing was changed.</source>
        <translation>恢复前无法备份“%1”，因此未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Close other programs using it; your data is safe in “%2”.</source>
        <translation>无法替换“%1”。请关闭正在使用它的其他程序；您的数据安全地保存在“%2”中。</translation>
    </message>
</context>
<context>
    <name>core::io::AttendanceGrid</name>
    <message>
        <source>day %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>sheet “%1”, %2</source>
        <translation>工作表“%1”，%2</translation>
    </message>
    <message>
        <source>Sheet “%1”: </source>
        <translation>工作表“%1”：</translation>
    </message>
    <message>
        <source>--month</source>
        <translation>--month 参数</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the dates in the header</source>
        <translation>表头中的日期</translation>
    </message>
    <message>
        <source>the sheet&apos;s name</source>
        <translation>工作表名</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>This is a monthly attendance grid, but neither its title nor its sheet name says which month (write e.g. 2026年11月 in the title). Give the month with --month yyyy-MM.</source>
        <translation>这是一张月度考勤表，但标题和工作表名都没有写明月份（可在标题中写如“2026年11月”）。请用 --month yyyy-MM 指定月份。</translation>
    </message>
    <message>
        <source>%1 has no day %2, but the cell holds “%3”.</source>
        <translation>%1 没有第 %2 日，但该单元格填写了“%3”。</translation>
    </message>
    <message>
        <source>Row %1, day %2: the mark “%3” is not in the legend (%4).</source>
        <translation>第 %1 行 %2 日：符号“%3”不在图例中（%4）。</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>Warning: not recorded on working day(s) %1 of the placement; left without a record.</source>
        <translation>提醒：在岗期间的工作日 %1 日未记录考勤，这些天保持无记录。</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 %2 attendance sheet (%3)</source>
        <translation>%1 %2%3考勤表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应出勤天数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>core::io::Exporter</name>
    <message>
        <source>Cannot write “%1”: %2. Check the folder exists and is writable, and that the file is not open in another program.</source>
        <translation>无法写入“%1”：%2。请检查文件夹是否存在且可写，以及文件是否在其他程序中打开。</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>the file cannot be replaced</source>
        <translation>无法替换文件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Funding per post (yuan)</source>
        <translation>每岗经费（元）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>core::io::Importer</name>
    <message>
        <source>worker (姓名 or 工号)</source>
        <translation>社工（姓名或工号）</translation>
    </message>
    <message>
        <source>date (日期)</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>status (状态) or sign-in/sign-out times (签到/签退)</source>
        <translation>状态或签到/签退时间</translation>
    </message>
    <message>
        <source>hours (工时) or minutes (分钟)</source>
        <translation>工时或分钟</translation>
    </message>
    <message>
        <source>category (类别)</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The first row of the file must name its columns; these are missing: %1. The file&apos;s headings are: %2.</source>
        <translation>文件第一行必须是列名；缺少以下列：%1。文件的列名为：%2。</translation>
    </message>
    <message>
        <source>No worker has the code “%1”. Check the code or add the worker first.</source>
        <translation>没有工号为“%1”的社工。请检查工号，或先添加该社工。</translation>
    </message>
    <message>
        <source>%1 workers are called “%2”. Add a 工号 (code) column to say which one.</source>
        <translation>有 %1 名社工叫“%2”。请增加“工号”列以区分。</translation>
    </message>
    <message>
        <source>No worker is called “%1”. Check the spelling or add the worker first.</source>
        <translation>没有名叫“%1”的社工。请检查拼写，或先添加该社工。</translation>
    </message>
    <message>
        <source>The worker is missing.</source>
        <translation>缺少社工。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 2026-03-05.</source>
        <translation>“%1”不是日期。请写成 2026-03-05。</translation>
    </message>
    <message>
        <source>The worker was not placed in a post on %1. Check the date or the worker&apos;s placements.</source>
        <translation>该社工在 %1 没有派驻在岗。请检查日期或该社工的派驻。</translation>
    </message>
    <message>
        <source>Row %1 already has this worker on this day.</source>
        <translation>第 %1 行已有该社工当天的记录。</translation>
    </message>
    <message>
        <source>Row %1 already has this worker, day, category and note.</source>
        <translation>第 %1 行已有该社工当天相同类别和备注的记录。</translation>
    </message>
    <message>
        <source>status “%1” (the file says “%2”)</source>
        <translation>状态“%1”（文件中为“%2”）</translation>
    </message>
    <message>
        <source>sign-in %1 (the file says %2)</source>
        <translation>签到 %1（文件中为 %2）</translation>
    </message>
    <message>
        <source>sign-out %1 (the file says %2)</source>
        <translation>签退 %1（文件中为 %2）</translation>
    </message>
    <message>
        <source>note “%1” (the file says “%2”)</source>
        <translation>备注“%1”（文件中为“%2”）</translation>
    </message>
    <message>
        <source>%1 minutes (the file says %2)</source>
        <translation>%1 分钟（文件中为 %2）</translation>
    </message>
    <message>
        <source>Already stored with %1. The stored value is kept; correct it in the program if the file is right.</source>
        <translation>已存储为 %1。保留已存储的值；如文件正确，请在程序中更正。</translation>
    </message>
    <message>
        <source>“%1” is not a time. Write it as 09:05.</source>
        <translation>“%1”不是时间。请写成 09:05。</translation>
    </message>
    <message>
        <source>“%1” is not a time. Write it as 17:30.</source>
        <translation>“%1”不是时间。请写成 17:30。</translation>
    </message>
    <message>
        <source>“%1” is not an attendance status. Use 出勤, 迟到, 早退, 旷工, 病假, 事假, 年假 or 公出.</source>
        <translation>“%1”不是出勤状态。请使用 出勤、迟到、早退、旷工、病假、事假、年假 或 公出。</translation>
    </message>
    <message>
        <source>The status is missing and there are no sign-in/sign-out times to tell it from.</source>
        <translation>缺少状态，也没有可据以判断的签到/签退时间。</translation>
    </message>
    <message>
        <source>The category is missing.</source>
        <translation>缺少类别。</translation>
    </message>
    <message>
        <source>“%1” is not a work category. Use 个案, 小组, 社区活动, 资源链接, 行政事务, 会议 or 统计报表.</source>
        <translation>“%1”不是工作类别。请使用 个案、小组、社区活动、资源链接、行政事务、会议 或 统计报表。</translation>
    </message>
    <message>
        <source>The time spent is missing.</source>
        <translation>缺少工作时长。</translation>
    </message>
    <message>
        <source>“%1” is not a length of time. Write hours as 1.5 or minutes as 90.</source>
        <translation>“%1”不是时长。小时请写成 1.5，分钟请写成 90。</translation>
    </message>
    <message>
        <source>%1 is more than a day.</source>
        <translation>%1 超过了一天。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空的。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>未导入任何内容：%n 行有问题。请更正文件，或跳过有问题的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>its own legend</source>
        <translation>文件自带图例</translation>
    </message>
    <message>
        <source>the legend in Settings</source>
        <translation>设置中的图例</translation>
    </message>
    <message numerus="yes">
        <source>Monthly grid, %1 (from %2): %n worker(s), %3.</source>
        <translation>
            <numerusform>月度考勤表，%1（取自%2）：%n 名社工，%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”: monthly grid, %2 (from %3): %n worker(s), %4.</source>
        <translation>
            <numerusform>工作表“%1”：月度考勤表，%2（取自%3）：%n 名社工，%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>the worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>no post on the day</source>
        <translation>当天不在岗位</translation>
    </message>
    <message>
        <source>sign-in/sign-out times</source>
        <translation>签到/签退时间</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>the time spent</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>rows twice in the file</source>
        <translation>文件中重复的行</translation>
    </message>
    <message>
        <source>conflicts with stored records</source>
        <translation>与已存记录冲突</translation>
    </message>
    <message>
        <source>Problems with %1: %2 in all; the first %3 are listed.</source>
        <translation>“%1”方面的问题：共 %2 个；上面列出前 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: another import wrote %n of these rows with other values since the preview. Preview the file again.</source>
        <translation>
            <numerusform>未导入任何内容：预览之后，另一个导入已用不同的值写入了其中 %n 行。请重新预览该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>days that are not working days</source>
        <translation>非工作日</translation>
    </message>
</context>
<context>
    <name>core::io::ReportWorkbook</name>
    <message>
        <source>Cover</source>
        <comment>sheet</comment>
        <translation>封面</translation>
    </message>
</context>
<context>
    <name>core::io::TableReader</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>“%1”是旧版 Excel 文件（.xls）。请另存为 .xlsx 或 CSV 后导入。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this program cannot read GB18030. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>文件不是 UTF-8，且本程序无法读取 GB18030。请将文件另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>The file&apos;s text is neither UTF-8 nor GB18030. Save it as “CSV UTF-8” and import it again.</source>
        <translation>文件文本既不是 UTF-8 也不是 GB18030。请另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>The file cannot be read again from its start.</source>
        <translation>无法从头重新读取该文件。</translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>该工作簿</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook. Open it in Excel or WPS, save it again as .xlsx (or CSV) and import that.</source>
        <translation>%1不是可读取的 XLSX 工作簿。请在 Excel 或 WPS 中打开，重新另存为 .xlsx（或 CSV）后再导入。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2. A sheet of attendance or work-log rows is far smaller; the file may be damaged or made to exhaust the computer. Save the sheet alone as a new .xlsx or as CSV and import that.</source>
        <translation>%1未导入：%2。考勤或工作日志表远没有这么大；该文件可能已损坏，或是故意制作来耗尽电脑资源的。请把该工作表单独另存为新的 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>its part %1 unpacks to %2 MB, more than the %3 MB allowed</source>
        <translation>其中的 %1 解压后为 %2 MB，超过允许的 %3 MB</translation>
    </message>
    <message>
        <source>its parts unpack to more than the %1 MB allowed in all</source>
        <translation>其各部分解压后合计超过允许的 %1 MB</translation>
    </message>
    <message>
        <source>its part %1 unpacks to more than the %2 MB allowed</source>
        <translation>其中的 %1 解压后超过允许的 %2 MB</translation>
    </message>
    <message>
        <source>row %1 has a cell of more than %2 characters</source>
        <translation>第 %1 行有一个单元格超过 %2 个字符</translation>
    </message>
    <message>
        <source>it has more than %1 shared strings</source>
        <translation>其共享字符串超过 %1 个</translation>
    </message>
    <message>
        <source>its shared strings hold more than %1 million characters</source>
        <translation>其共享字符串合计超过 %1 百万个字符</translation>
    </message>
    <message>
        <source>its sheet has more than %1 cells</source>
        <translation>其工作表超过 %1 个单元格</translation>
    </message>
    <message>
        <source>row %1 has a cell beyond column %2</source>
        <translation>第 %1 行有超出第 %2 列的单元格</translation>
    </message>
</context>
<context>
    <name>core::io::XlsxWorkbook</name>
    <message>
        <source>Sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Check the folder exists and is writable, and that the file is not open in another program.</source>
        <translation>无法写入“%1”：%2。请确认文件夹存在且可写，并且文件没有在其他程序中打开。</translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>工作簿至少需要一个工作表。</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <source>the file cannot be replaced</source>
        <translation>无法替换原文件</translation>
    </message>
    <message>
        <source>“%1” is not a readable XLSX workbook.</source>
        <translation>“%1”不是可读取的 XLSX 工作簿。</translation>
    </message>
</context>
<context>
    <name>ui::ActivitiesPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation>所选活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>the activity “%1” planned for %2</source>
        <translation>计划于 %2 举办的活动“%1”</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Remove the draft “%1”? It has not been submitted, so nothing else refers to it.</source>
        <translation>删除草稿“%1”？它尚未提交，没有其他记录引用它。</translation>
    </message>
    <message>
        <source>Select an activity to see its plan, review and outcome.</source>
        <translation>选择一项活动，查看其计划、审核和结果。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>预计参与人数</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Rejected on</source>
        <translation>驳回日期</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1（预计 %2）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>取消日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>ui::ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation>社工(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>街道(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>Target &amp;groups</source>
        <translation>服务对象(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation>计划日期(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Budget (yuan)</source>
        <translation>预算（元）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Expected participants</source>
        <translation>预计参与人数(&amp;E)</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <source>There is no social worker yet. Add one on the Social workers page first.</source>
        <translation>还没有社工。请先在“社工”页面添加。</translation>
    </message>
    <message>
        <source>There is no street yet. Add the street on the Streets &amp; posts page first.</source>
        <translation>还没有街道。请先在“街道与岗位”页面添加。</translation>
    </message>
    <message>
        <source>Tick at least one target group (e.g. elderly, youth, all residents).</source>
        <translation>请至少勾选一个服务对象（如老年人、青少年、全体居民）。</translation>
    </message>
    <message>
        <source>The budget “%1” is not an amount of yuan. Enter e.g. 1500 or 1,500.00.</source>
        <translation>预算“%1”不是金额。请输入如 1500 或 1,500.00。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
</context>
<context>
    <name>ui::ActivityStepDialog</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;Submitted on</source>
        <translation>提交日期(&amp;S)</translation>
    </message>
    <message>
        <source>the reviewing department or person</source>
        <translation>审核科室或人员</translation>
    </message>
    <message>
        <source>Why is the plan rejected? What should be improved?</source>
        <translation>为什么驳回该方案？需要改进什么？</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>审核人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approved on</source>
        <translation>批准日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rejected on</source>
        <translation>驳回日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>意见(&amp;C)</translation>
    </message>
    <message>
        <source>What happened, what went well, what to do differently</source>
        <translation>活动经过、效果与改进之处</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>举办日期(&amp;H)</translation>
    </message>
    <message>
        <source>Actual &amp;participants</source>
        <translation>实际参与人数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>总结(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancelled on</source>
        <translation>取消日期(&amp;C)</translation>
    </message>
    <message>
        <source>Enter who reviewed the activity (the department or person).</source>
        <translation>请输入审核该活动的科室或人员。</translation>
    </message>
    <message>
        <source>Say why the activity is rejected, so that the worker can improve the plan.</source>
        <translation>请说明驳回该活动的理由，以便社工改进方案。</translation>
    </message>
    <message>
        <source>The review cannot be before the activity was submitted (%1).</source>
        <translation>审核日期不能早于活动提交日期（%1）。</translation>
    </message>
    <message>
        <source>The activity cannot have been held before it was approved (%1).</source>
        <translation>活动的举办日期不能早于批准日期（%1）。</translation>
    </message>
    <message>
        <source>This step is done elsewhere, not in this dialog.</source>
        <translation>此步骤在其他地方完成，不在本对话框中。</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceGridModel</name>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Not placed on this day</source>
        <translation>当天未派驻</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation>签到 %1</translation>
    </message>
    <message>
        <source>Signed out %1</source>
        <translation>签退 %1</translation>
    </message>
    <message>
        <source>Not recorded: type a letter (P, L, E, A, S, C, N, B) or right-click</source>
        <translation>未记录：输入字母（P、L、E、A、S、C、N、B）或右键选择</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Pres.</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Abs.</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>应出勤</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Required working days during the placement</source>
        <translation>派驻期间的应出勤工作日</translation>
    </message>
    <message>
        <source>After %1: not counted in the totals yet</source>
        <translation>晚于 %1：尚未计入合计</translation>
    </message>
    <message>
        <source>Exc.</source>
        <translation>不计</translation>
    </message>
    <message>
        <source>Days attended on required days: %1</source>
        <translation>应出勤日中计为出勤的天数：%1</translation>
    </message>
    <message>
        <source>Days excused, not required: %1</source>
        <translation>不计入应出勤的天数：%1</translation>
    </message>
    <message>
        <source>Days counted against on required days: %1</source>
        <translation>应出勤日中计为缺勤的天数：%1</translation>
    </message>
    <message>
        <source>Only the day cells take a mark.</source>
        <translation>只有日期单元格可以填写考勤符号。</translation>
    </message>
    <message>
        <source>%1 was not placed in a post on %2: a record there would count for no placement.</source>
        <translation>%1 在 %2 不在岗：该天的记录不属于任何在岗期。</translation>
    </message>
    <message>
        <source>%1 is a public holiday, not a working day; change the work calendar in Settings to record it.</source>
        <translation>%1 是法定节假日，不是工作日；如需记录，请在“设置”中修改工作日历。</translation>
    </message>
    <message>
        <source>%1 is not a working day (weekend); mark a make-up working day in Settings to record it.</source>
        <translation>%1 不是工作日（周末）；如需记录，请在“设置”中将其设为调休上班日。</translation>
    </message>
    <message>
        <source>This day cannot take a record.</source>
        <translation>该天不能记录考勤。</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceGridPrinter</name>
    <message>
        <source>No worker is placed in this month: there is nothing to print.</source>
        <translation>本月没有在岗社工，没有可打印的内容。</translation>
    </message>
    <message>
        <source>Cannot start printing; check the printer or the file path.</source>
        <translation>无法开始打印，请检查打印机或文件路径。</translation>
    </message>
    <message>
        <source>Cannot add a page; the disk may be full.</source>
        <translation>无法添加新页，磁盘可能已满。</translation>
    </message>
    <message>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation>无法写入 %1，请检查文件夹是否存在且可写。</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceGridView</name>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>记录出勤</translation>
    </message>
    <message>
        <source>Clear attendance</source>
        <translation>清除出勤</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Fill range…</source>
        <translation>批量填写…</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceLegendEditor</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The marks the monthly grid shows under Chinese and the exported sign-in sheet prints; a file&apos;s own legend row (注：…) wins when it is imported. The letters P L E A S C N B are always understood.</source>
        <translation>中文界面的月度考勤表显示、导出的考勤表打印的符号；导入时以文件自带的图例行（注：…）为准。字母 P L E A S C N B 始终可以识别。</translation>
    </message>
</context>
<context>
    <name>ui::AttendanceListPage</name>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>出勤记录</translation>
    </message>
</context>
<context>
    <name>ui::AttendancePage</name>
    <message>
        <source>Monthly &amp;grid</source>
        <translation>月度签到表(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录列表(&amp;R)</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>&amp;Fill range…</source>
        <translation>批量填写(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark a worker&apos;s working days in a period with one status (select cells first to pre-fill)</source>
        <translation>将某社工一段时间内的工作日标记为同一状态（可先选中单元格预填）</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>街道(&amp;S)</translation>
    </message>
    <message>
        <source>weekend or holiday</source>
        <translation>周末或节假日</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Could not read the month: %1</source>
        <translation>无法读取该月：%1</translation>
    </message>
    <message>
        <source>No worker was placed here in this month.</source>
        <translation>本月没有社工派驻在此。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) filled.</source>
        <translation>
            <numerusform>已填写 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>This month is still running: the totals count the working days up to %1.</source>
        <translation>本月尚未结束：合计只统计到 %1 的工作日。</translation>
    </message>
    <message>
        <source>Not begun: nothing counted yet</source>
        <translation>尚未开始：暂无统计</translation>
    </message>
    <message>
        <source>E&amp;xport grid…</source>
        <translation>导出考勤表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the month as a sign-in grid (XLSX or CSV) that imports back</source>
        <translation>将本月保存为可再导入的考勤表（XLSX 或 CSV）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the grid, one street per A4 landscape page</source>
        <translation>打印考勤表，每个街道一页 A4 横向</translation>
    </message>
    <message>
        <source>&amp;Blank sheet…</source>
        <translation>空白签到表(&amp;B)…</translation>
    </message>
    <message>
        <source>Print an empty sign-in sheet for the street and month, to fill in by hand</source>
        <translation>打印该街道本月的空白签到表，供手工填写</translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation>导出考勤表</translation>
    </message>
    <message>
        <source>attendance-%1.xlsx</source>
        <translation>考勤表-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s); type a mark or letter in a cell to record the day, Delete to clear it, or right-click for the list of statuses.</source>
        <translation>
            <numerusform>%n 名社工；在单元格中输入符号或字母即可记录当天考勤，按 Delete 清除，右键查看全部状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the grid of %n worker(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 名社工的考勤表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview – blank sign-in sheet</source>
        <translation>打印预览 – 空白签到表</translation>
    </message>
    <message>
        <source>Print preview – attendance grid</source>
        <translation>打印预览 – 考勤表</translation>
    </message>
</context>
<context>
    <name>ui::Background</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ui::CalendarEditor</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Load official arrangements</source>
        <translation>载入官方安排</translation>
    </message>
    <message>
        <source>The public holidays and make-up working days published by the State Council, for the years this version of OneStreet knows.</source>
        <translation>国务院办公厅公布的法定节假日和调休上班日（本版本 OneStreet 已知的年份）。</translation>
    </message>
    <message>
        <source>Remove special day</source>
        <translation>删除特殊日期</translation>
    </message>
    <message>
        <source>Make %1 (%2) an ordinary day again?</source>
        <translation>将 %1（%2）恢复为普通日期？</translation>
    </message>
</context>
<context>
    <name>ui::ChartsPage</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as a picture (Ctrl+Shift+C)</source>
        <translation>将图表作为图片复制到剪贴板（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and that you may write there, or choose another place.</source>
        <translation>无法写入 %1。请检查文件夹是否存在且可写，或选择其他位置。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Figures as of %1 (today): nothing after it is counted; a month still running counts its days up to it.</source>
        <translation>数据截至 %1（今天）：此后的记录不计入；尚未结束的月份只统计到这一天。</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>The report for the purchaser of the district or street and the months shown: preview, PDF or XLSX</source>
        <translation>所选区或街道、所示月份的项目服务报告：预览、PDF 或 XLSX</translation>
    </message>
</context>
<context>
    <name>ui::ContractDialog</name>
    <message>
        <source>Edit contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签订</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Purchaser</source>
        <translation>购买方(&amp;P)</translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation>签订日期(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Funding per post</source>
        <translation>每岗经费(&amp;F)</translation>
    </message>
    <message>
        <source>Overhead &amp;rule</source>
        <translation>运行经费规则(&amp;R)</translation>
    </message>
    <message>
        <source>Overhead r&amp;ate</source>
        <translation>运行经费比例(&amp;A)</translation>
    </message>
    <message>
        <source>Overhead per post (fi&amp;xed)</source>
        <translation>每岗运行经费（固定）(&amp;X)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the funding per post in yuan, e.g. 30000.00.</source>
        <translation>请以元为单位输入每岗经费，例如 30000.00。</translation>
    </message>
    <message>
        <source>Enter the fixed overhead per post in yuan, e.g. 4500.00.</source>
        <translation>请以元为单位输入每岗固定运行经费，例如 4500.00。</translation>
    </message>
    <message>
        <source>Add the purchaser first (the New… button beside Purchaser).</source>
        <translation>请先添加购买方（“购买方”旁的“新建…”按钮）。</translation>
    </message>
    <message>
        <source>New purchaser</source>
        <translation>新建购买方</translation>
    </message>
    <message>
        <source>Name of the purchaser (e.g. a district civil-affairs bureau):</source>
        <translation>购买方名称（例如区民政局）：</translation>
    </message>
    <message>
        <source>Streets (p&amp;osts)</source>
        <translation>街道（岗位）(&amp;O)</translation>
    </message>
    <message>
        <source>Number of posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), one per street ticked</source>
        <translation>
            <numerusform>%n 个岗位，每个勾选的街道一个</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract was recorded with %1 posts but has %2; saving makes it %3.</source>
        <translation>合同登记为 %1 个岗位，实有 %2 个；保存后改为 %3 个。</translation>
    </message>
</context>
<context>
    <name>ui::ContractFilter</name>
    <message>
        <source>All contracts</source>
        <translation>全部合同</translation>
    </message>
</context>
<context>
    <name>ui::ContractsPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>续签(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>the contract “%1”</source>
        <translation>合同“%1”</translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation>续签合同</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>报告(&amp;P)…</translation>
    </message>
    <message>
        <source>The report for the purchaser of the selected contract: preview, PDF or XLSX</source>
        <translation>所选协议的项目服务报告：预览、PDF 或 XLSX</translation>
    </message>
    <message numerus="yes">
        <source>Created contract %1 renewing %2: %n post(s)</source>
        <translation>
            <numerusform>已建立合同 %1（续签 %2）：%n 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n placement(s).</source>
        <translation>
            <numerusform>，%n 个派驻。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DemoRunner</name>
    <message>
        <source>Writing the demo records…</source>
        <translation>正在写入演示记录…</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>%1 already holds records. Choose a new file for the demo.</source>
        <translation>%1 中已有记录。请为演示数据选择一个新文件。</translation>
    </message>
</context>
<context>
    <name>ui::DistrictDialog</name>
    <message>
        <source>Rename district</source>
        <translation>重命名区</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>新建区</translation>
    </message>
    <message>
        <source>e.g. 朝阳区</source>
        <translation>例如 朝阳区</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Enter the name of the district.</source>
        <translation>请输入区的名称。</translation>
    </message>
</context>
<context>
    <name>ui::EndPlacementDialog</name>
    <message>
        <source>End placement</source>
        <translation>结束派驻</translation>
    </message>
    <message>
        <source>%1 at %2, placed from %3 to %4.</source>
        <translation>%1 在 %2，派驻期 %3 至 %4。</translation>
    </message>
    <message>
        <source>For the next worker at this street: open cases, groups, contacts in the departments, what is promised to residents…</source>
        <translation>留给本街道下一任社工：在办个案、小组、科室联系人、对居民的承诺……</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>最后一天(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Handover note</source>
        <translation>交接记录(&amp;H)</translation>
    </message>
    <message>
        <source>The last day must lie within the placement (%1 to %2).</source>
        <translation>最后一天必须在派驻期间之内（%1 至 %2）。</translation>
    </message>
    <message>
        <source>Write the handover note: when a worker resigns or is transferred, it is what the next worker at this street has to go on.</source>
        <translation>请填写交接记录：社工辞职或调动时，这是本街道下一任社工开展工作的依据。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Choose why the placement ends (resigned, transferred…).</source>
        <translation>请选择派驻结束的原因（辞职、调动……）。</translation>
    </message>
</context>
<context>
    <name>ui::EvaluationEditor</name>
    <message>
        <source>Evaluation</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Data from the records</source>
        <translation>记录数据</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议分</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>Supervisor&apos;s score</source>
        <translation>督导评分</translation>
    </message>
    <message>
        <source>Reason for a different score</source>
        <translation>评分不同的理由</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;comments</source>
        <translation>督导意见(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Work summary</source>
        <translation>工作总结(&amp;W)</translation>
    </message>
    <message>
        <source>Summary &amp;date</source>
        <translation>总结日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · supervisor: %5 · template: %6</source>
        <translation>%1 · %2 · %3 · %4 · 督导：%5 · 模板：%6</translation>
    </message>
    <message>
        <source>no street</source>
        <translation>无街道</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Evaluation – %1, %2</source>
        <translation>考核 – %1，%2</translation>
    </message>
    <message>
        <source>This evaluation was finalised on %1 and cannot change. Use Unlock… (with a reason, which is recorded) to take it back to a draft.</source>
        <translation>该考核已于 %1 定稿，不能更改。请使用“解锁…”（需填写理由，并会被记录）退回草稿。</translation>
    </message>
    <message numerus="yes">
        <source>A draft again: unlocked %n time(s) after it was finalised.</source>
        <translation>
            <numerusform>已重新成为草稿：定稿后已解锁 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>by judgement</source>
        <translation>由督导评定</translation>
    </message>
    <message>
        <source>0 to 100; leave empty for not scored yet</source>
        <translation>0 到 100；留空表示尚未评分</translation>
    </message>
    <message>
        <source>“%1”: a score is a number from 0 to 100 (or empty while not scored).</source>
        <translation>“%1”：分数是 0 到 100 之间的数字（未评分时留空）。</translation>
    </message>
    <message>
        <source>The records propose %1 for “%2”; say why you score it differently.</source>
        <translation>根据记录，“%2”的建议分为 %1；请说明评分不同的理由。</translation>
    </message>
    <message>
        <source>Total %1 · grade %2</source>
        <translation>总分 %1 · 等级 %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s) not scored yet)</source>
        <translation>
            <numerusform>（%n 项尚未评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the evaluation</source>
        <translation>保存考核</translation>
    </message>
    <message>
        <source>Finalise the evaluation</source>
        <translation>考核定稿</translation>
    </message>
    <message>
        <source>Finalise the evaluation of %1 for %2 with a total of %3? A final evaluation cannot change unless it is unlocked with a reason.</source>
        <translation>将 %1 在 %2 的考核以总分 %3 定稿？定稿后的考核不能更改，除非说明理由解锁。</translation>
    </message>
    <message>
        <source>Unlock the evaluation</source>
        <translation>解锁考核</translation>
    </message>
    <message>
        <source>Why must the final evaluation change? The reason is recorded.</source>
        <translation>为什么需要更改已定稿的考核？理由将被记录。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to this evaluation before closing?</source>
        <translation>关闭前保存对该考核的更改？</translation>
    </message>
</context>
<context>
    <name>ui::EvaluationsPage</name>
    <message>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Making the evaluations of %1…</source>
        <translation>正在生成 %1 的考核…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Evaluate a period</source>
        <translation>按期间考核</translation>
    </message>
    <message>
        <source>Draft and final</source>
        <translation>草稿和定稿</translation>
    </message>
    <message>
        <source>All period kinds</source>
        <translation>全部期间类型</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部期间</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>E&amp;valuate a period…</source>
        <translation>按期间考核(&amp;V)…</translation>
    </message>
    <message>
        <source>Rubric &amp;templates…</source>
        <translation>考核模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Preview the sheet of the selected evaluation</source>
        <translation>预览所选考核的考核表</translation>
    </message>
    <message>
        <source>Print the sheet of the selected evaluation</source>
        <translation>打印所选考核的考核表</translation>
    </message>
    <message>
        <source>Save the sheet of the selected evaluation as a PDF file</source>
        <translation>将所选考核的考核表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Export the period&apos;s sheets as one PDF…</source>
        <translation>将该期间的考核表导出为一个 PDF…</translation>
    </message>
    <message>
        <source>Print the period&apos;s sheets…</source>
        <translation>打印该期间的考核表…</translation>
    </message>
    <message>
        <source>All evaluations of the period chosen in the filter (and worker and status, when chosen)</source>
        <translation>筛选中所选期间的全部考核（如已选择社工和状态，则按其筛选）</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2</source>
        <translation>%1 在 %2 的考核</translation>
    </message>
    <message>
        <source>Cancelled; no evaluation was made.</source>
        <translation>已取消；未生成考核。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n draft evaluation(s) made</source>
        <translation>
            <numerusform>%1：已生成 %n 份考核草稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) skipped who had an evaluation for the period already</source>
        <translation>
            <numerusform>跳过 %n 名该期间已有考核的社工</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Select an evaluation in the list first.</source>
        <translation>请先在列表中选择一份考核。</translation>
    </message>
    <message>
        <source>Print the period</source>
        <translation>打印该期间</translation>
    </message>
    <message>
        <source>Choose a period kind and a period in the filter first; the sheets of that period&apos;s evaluations are printed.</source>
        <translation>请先在筛选中选择期间类型和期间；将打印该期间的考核表。</translation>
    </message>
    <message>
        <source>%1 has no evaluations matching the filter.</source>
        <translation>%1 没有符合筛选条件的考核。</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n sheet(s)…</source>
        <translation>
            <numerusform>正在排版 %n 份考核表…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Print preview – %1, %2</source>
        <translation>打印预览 – %1，%2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 份考核表写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation %1 %2.pdf</source>
        <translation>考核 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Evaluations %1.pdf</source>
        <translation>考核 %1.pdf</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>%1 ends on %2, after %3: it has not ended yet.</source>
        <translation>%1 于 %2 结束，晚于 %3：该期间尚未结束。</translation>
    </message>
    <message>
        <source>Make interim evaluations as of %1 instead? They count the records up to that day, %2 of the period&apos;s %3 working days, pro-rate every target (activities, supervision sessions) to the working days elapsed, and each sheet says &quot;interim evaluation, as of %1&quot;.</source>
        <translation>是否改做截至 %1 的中期考核？中期考核统计截至该日的记录（期间 %3 个工作日中的 %2 天），各项目标（活动、督导次数）按已过的工作日折算，每张考核表上注明“中期考核，截至 %1”。</translation>
    </message>
    <message>
        <source>Make &amp;interim evaluations</source>
        <translation>做中期考核(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n interim draft evaluation(s) made, as of %2</source>
        <translation>
            <numerusform>%1：已起草 %n 份中期考核，截至 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) not evaluated, placed fewer than %1 working days in the period: %2</source>
        <translation>
            <numerusform>%n 名社工未考核，期间内派驻不足 %1 个工作日：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ui::ExchangeDialog</name>
    <message>
        <source>Edit exchange meeting</source>
        <translation>编辑交流座谈</translation>
    </message>
    <message>
        <source>New exchange meeting</source>
        <translation>新建交流座谈</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>参加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <source>Enter the meeting&apos;s topic.</source>
        <translation>请输入座谈主题。</translation>
    </message>
    <message>
        <source>Tick the social workers who took part.</source>
        <translation>勾选参加的社工。</translation>
    </message>
</context>
<context>
    <name>ui::ExchangePage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Edit exchange meeting</source>
        <translation>编辑交流座谈</translation>
    </message>
    <message>
        <source>the meeting “%1” on %2</source>
        <translation>%2 的座谈“%1”</translation>
    </message>
    <message>
        <source>Exchange meetings</source>
        <translation>交流座谈</translation>
    </message>
</context>
<context>
    <name>ui::FileListModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>ui::FillRangeDialog</name>
    <message>
        <source>Fill range</source>
        <translation>批量填写</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>社工(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Only required working days inside the worker&apos;s placement are filled; days already recorded are kept.</source>
        <translation>只填写社工派驻期间的应出勤工作日；已有记录的日期保持不变。</translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation>请选择社工。</translation>
    </message>
    <message>
        <source>The end date is before the start date: choose an end on or after %1.</source>
        <translation>结束日期早于开始日期：请选择 %1 或之后的日期。</translation>
    </message>
    <message>
        <source>The range runs past today (%1) into days that have not happened yet. Fill them too?</source>
        <translation>该范围超过了今天（%1），包含尚未到来的日期。也要填写这些天吗？</translation>
    </message>
    <message>
        <source>Nothing was filled. Choose an end on or before %1.</source>
        <translation>未填写任何内容。请选择不晚于 %1 的结束日期。</translation>
    </message>
</context>
<context>
    <name>ui::FilterBar</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>搜索…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>All social workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation>重新显示全部记录</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n record(s) named ✕</source>
        <translation>
            <numerusform>仅显示提醒中的 %n 条记录 ✕</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>This file is still new. Five steps set it up: each link opens the form where the step is done, and the step ticks itself once it is (%1 of %2 done). The figures below fill in as you go; the &lt;a href=&quot;help&quot;&gt;user guide&lt;/a&gt; (F1) explains every page.</source>
        <translation>这是一个新文件。按以下五个步骤完成设置：点击链接即打开完成该步骤的表单，完成后该步骤自动打勾（已完成 %1/%2）。下方的指标会随之填入；&lt;a href=&quot;help&quot;&gt;使用手册&lt;/a&gt;（F1）介绍每个页面。</translation>
    </message>
    <message>
        <source>Add the contract and its streets</source>
        <translation>添加合同及其街道</translation>
    </message>
    <message>
        <source>Add the streets the contract funds a post at</source>
        <translation>添加合同资助岗位的街道</translation>
    </message>
    <message>
        <source>Give each street of the contract its post</source>
        <translation>为合同的每个街道设岗位</translation>
    </message>
    <message>
        <source>Add the purchaser</source>
        <translation>添加购买方</translation>
    </message>
    <message>
        <source>the government body that buys the service and signs the contract, e.g. the district civil-affairs bureau</source>
        <translation>购买服务并签订协议的政府部门，例如区民政局</translation>
    </message>
    <message>
        <source>the purchase-of-service contract, its term, and one post at each street it funds (on the Contracts and the Streets &amp; posts pages)</source>
        <translation>购买服务协议及其期限，并在它资助的每个街道设一个岗位（在“合同”和“街道与岗位”页面）</translation>
    </message>
    <message>
        <source>Add the social workers</source>
        <translation>添加社工</translation>
    </message>
    <message>
        <source>the agency&apos;s workers, with their qualification and hire date</source>
        <translation>机构的社工，含资质和入职日期</translation>
    </message>
    <message>
        <source>Place a worker at each post</source>
        <translation>为每个岗位派驻社工</translation>
    </message>
    <message>
        <source>who works at which street, in which department, from which day; when a worker leaves, the handover note goes here too</source>
        <translation>谁从哪天起在哪个街道、哪个科室工作；社工离任时也在这里填写交接记录</translation>
    </message>
    <message>
        <source>Record the first month&apos;s attendance</source>
        <translation>记录第一个月的出勤</translation>
    </message>
    <message>
        <source>in the monthly grid: fill the month with “present”, then type the exceptions (late, leave …)</source>
        <translation>在月度签到表中：先把整月填为“出勤”，再输入例外（迟到、请假等）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>ui::FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>编辑跟进事项</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进事项</translation>
    </message>
    <message>
        <source>e.g. write the case assessment again, using the new template</source>
        <translation>例如：使用新模板重新撰写个案评估</translation>
    </message>
    <message>
        <source>(the whole group)</source>
        <translation>（整个小组）</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>完成于</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>事项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>社工(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>到期(&amp;U)</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>完成(&amp;O)</translation>
    </message>
    <message>
        <source>Enter what is to be done.</source>
        <translation>请输入需要做的事。</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before its session (%1).</source>
        <translation>跟进事项的到期日期不能早于督导日期（%1）。</translation>
    </message>
    <message>
        <source>The follow-up cannot be done before its session (%1).</source>
        <translation>跟进事项的完成日期不能早于督导日期（%1）。</translation>
    </message>
</context>
<context>
    <name>ui::FollowUpPanel</name>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Done &amp;today</source>
        <translation>今天完成(&amp;T)</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done today</source>
        <translation>将所选跟进事项标记为今天完成</translation>
    </message>
    <message>
        <source>Select a session to see its follow-ups.</source>
        <translation>选择一次督导，查看其跟进事项。</translation>
    </message>
    <message>
        <source>Could not read the follow-ups: %1</source>
        <translation>无法读取跟进事项：%1</translation>
    </message>
    <message>
        <source>(the whole group)</source>
        <translation>（整个小组）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not done yet</source>
        <translation>已逾期：%1 到期，尚未完成</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups of the session on %1: %n</source>
        <translation>
            <numerusform>%1 督导的跟进事项：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>编辑跟进事项</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>删除跟进事项</translation>
    </message>
    <message>
        <source>Remove the follow-up “%1”?</source>
        <translation>删除跟进事项“%1”？</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>标记跟进事项为完成</translation>
    </message>
</context>
<context>
    <name>ui::FundingEntryDialog</name>
    <message>
        <source>Edit funding entry</source>
        <translation>编辑经费记录</translation>
    </message>
    <message>
        <source>New funding entry</source>
        <translation>新建经费记录</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>合同(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>岗位(&amp;P)</translation>
    </message>
    <message>
        <source>Social &amp;worker paid</source>
        <translation>领取工资的社工(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Pay for &amp;month</source>
        <translation>工资所属月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>(the whole contract)</source>
        <translation>（整份合同）</translation>
    </message>
    <message>
        <source>There is no contract yet. Add one on the Contracts page first.</source>
        <translation>还没有合同。请先在“合同”页面添加。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 2500.00.</source>
        <translation>请以元为单位输入金额，例如 2500.00。</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write yuan with at most two decimals, e.g. 12345.67.</source>
        <translation>“%1”不是金额。请以元为单位，最多两位小数，例如 12345.67。</translation>
    </message>
</context>
<context>
    <name>ui::FundingPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Record &amp;overhead for this contract…</source>
        <translation>为该合同记录运行经费(&amp;O)…</translation>
    </message>
    <message>
        <source>Edit funding entry</source>
        <translation>编辑经费记录</translation>
    </message>
    <message>
        <source>the %1 of %2 on %3</source>
        <translation>%3 %2 的%1</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费</translation>
    </message>
</context>
<context>
    <name>ui::FundingPanel</name>
    <message>
        <source>Balance per post</source>
        <translation>各岗位结余</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已拨款</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>运行经费</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Record overhead for this contract…</source>
        <translation>为该合同记录运行经费…</translation>
    </message>
    <message>
        <source>Net monthly pay</source>
        <translation>月实发工资</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Reference wage</source>
        <translation>参考工资</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>合同(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose a contract, or select an entry, to see what each of its posts has received, kept and paid.</source>
        <translation>选择一份合同或一条记录，查看其各岗位的拨款、运行经费和工资发放。</translation>
    </message>
    <message>
        <source>Contract %1: %2 per post, overhead %3 per post.</source>
        <translation>合同 %1：每岗 %2，每岗运行经费 %3。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Choose a social worker in the filter, or select a pay entry, to compare the worker&apos;s monthly pay with the reference wage.</source>
        <translation>在筛选中选择社工，或选择一条工资记录，将该社工的月工资与参考工资比较。</translation>
    </message>
    <message>
        <source>No pay recorded for this social worker. Reference wage: %1 a month.</source>
        <translation>该社工没有工资记录。参考工资：每月 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n month(s) paid, </source>
        <translation>
            <numerusform>%1：已发放 %n 个月，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the reference wage of %1.</source>
        <translation>
            <numerusform>其中 %n 个月低于参考工资 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record overhead</source>
        <translation>记录运行经费</translation>
    </message>
    <message>
        <source>Record the overhead of %1 per post for every post of contract %2, dated today?</source>
        <translation>按每岗 %1 为合同 %2 的每个岗位记录运行经费，日期为今天？</translation>
    </message>
    <message numerus="yes">
        <source>%n overhead entry(s) recorded.</source>
        <translation>
            <numerusform>已记录 %n 条运行经费。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::GenerateDialog</name>
    <message>
        <source>Evaluate a period</source>
        <translation>按期间考核</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Period &amp;kind</source>
        <translation>期间类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Rubric template</source>
        <translation>考核模板(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>督导(&amp;S)</translation>
    </message>
    <message>
        <source>Records &amp;up to</source>
        <translation>统计截至(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>生成考核(&amp;E)</translation>
    </message>
    <message>
        <source>A draft evaluation is made for every social worker placed during the period; workers who have one for the period already, or who were placed for fewer working days than the minimum in Settings, are skipped.</source>
        <translation>为期间内派驻过的每名社工起草一份考核；已有该期考核的社工，以及派驻工作日少于设置中最低天数的社工，将被跳过。</translation>
    </message>
</context>
<context>
    <name>ui::HelpBrowser</name>
    <message>
        <source>User guide — OneStreet</source>
        <translation>使用手册 — OneStreet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Show this page in the other language</source>
        <translation>用另一种语言显示本页</translation>
    </message>
</context>
<context>
    <name>ui::ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>导入出勤</translation>
    </message>
    <message>
        <source>Import work log</source>
        <translation>导入工作日志</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 already there, %4 conflicts, %5 errors.</source>
        <translation>共 %1 行：新增 %2，已存在 %3，冲突 %4，错误 %5。</translation>
    </message>
    <message>
        <source>Rows with conflicts or errors are never written. Correct the file and import again, or import the other rows and skip the bad ones.</source>
        <translation>有冲突或错误的行不会写入。请更正文件后重新导入，或只导入其他行并跳过有问题的行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import, &amp;skipping bad rows</source>
        <translation>导入并跳过有问题的行(&amp;S)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s)…</source>
        <translation>
            <numerusform>正在写入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 rows written, %2 already there, %3 bad rows skipped.</source>
        <translation>已写入 %1 行，已存在 %2 行，跳过 %3 行有问题的行。</translation>
    </message>
    <message>
        <source>This is a monthly attendance grid that does not say its month.
Which month is it (yyyy-MM)?</source>
        <translation>这是一张未写明月份的月度考勤表。
它是哪个月的（yyyy-MM）？</translation>
    </message>
    <message numerus="yes">
        <source>Another import wrote %n of these rows since the preview; they were not written twice.</source>
        <translation>
            <numerusform>预览之后，另一个导入已写入其中 %n 行；这些行没有重复写入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ListPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>New record (%1)</source>
        <translation>新建记录（%1）</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>编辑所选记录（Enter 或双击）</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>删除所选记录（Del）</translation>
    </message>
    <message>
        <source>Export the records shown to a file</source>
        <translation>将显示的记录导出到文件</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?
This cannot be undone.</source>
        <translation>删除%1？
此操作无法撤销。</translation>
    </message>
    <message>
        <source>Records of this kind cannot be deleted here.</source>
        <translation>此类记录不能在这里删除。</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no list to export. Open a file first.</source>
        <translation>没有可导出的列表。请先打开文件。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>OneStreet files (*.db *.sqlite);;All files (*)</source>
        <translation>OneStreet 文件 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Automatic backup written to %1.</source>
        <translation>自动备份已写入 %1。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;attendance…</source>
        <translation>导入出勤(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;work log…</source>
        <translation>导入工作日志(&amp;W)…</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>保存备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore a ba&amp;ckup…</source>
        <translation>恢复备份(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;demo…</source>
        <translation>打开演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OneStreet</source>
        <translation>关于 OneStreet(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — OneStreet</source>
        <translation>%1 — OneStreet</translation>
    </message>
    <message>
        <source>OneStreet</source>
        <translation>OneStreet 一街一社工</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 is the file that is open now. Choose another name.</source>
        <translation>%1 是当前打开的文件。请换一个名称。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Close the program using it, or choose another name.</source>
        <translation>无法替换 %1。请关闭正在使用它的程序，或换一个名称。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>保存备份副本</translation>
    </message>
    <message>
        <source>The backup copy was written to %1.</source>
        <translation>备份副本已写入 %1。</translation>
    </message>
    <message>
        <source>Save the demo as</source>
        <translation>演示数据另存为</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>%1 is the file that is open now. Choose a new file for the demo.</source>
        <translation>%1 是当前打开的文件。请为演示数据选择一个新文件。</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>正在写入自动备份…</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>导入出勤</translation>
    </message>
    <message>
        <source>Import work log</source>
        <translation>导入工作日志</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups of this file:</source>
        <translation>该文件的备份：</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

Everything entered since that backup is replaced. A copy of the current file is kept in the backups folder.</source>
        <translation>用备份 %2 替换 %1？

该备份之后录入的所有内容都将被替换。当前文件的副本会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restored %1. The replaced file was kept as %2.</source>
        <translation>已恢复 %1。被替换的文件已保留为 %2。</translation>
    </message>
    <message>
        <source>About OneStreet</source>
        <translation>关于 OneStreet</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data file: %1&lt;br&gt;Automatic backups: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据文件：%1&lt;br&gt;自动备份：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data file is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前没有打开数据文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneStreet %1&lt;/h3&gt;&lt;p&gt;Records for “One Street, One Social Worker” (一街一社工) projects: contracts, posts, placements, attendance, activities, supervision, evaluations and funding.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence: you may use, copy, change and pass it on. © 2026 OneStreet developers.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OneStreet 一街一社工项目管理 %1&lt;/h3&gt;&lt;p&gt;记录“一街一社工”项目的合同、岗位、派驻、出勤、活动、督导、考核和经费。&lt;/p&gt;&lt;p&gt;自由软件，按 MIT 许可证发布：可自由使用、复制、修改和转发。© 2026 OneStreet developers。&lt;/p&gt;%2&lt;p&gt;基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing changed since the automatic backup %1.</source>
        <translation>自上次自动备份 %1 以来文件没有变化。</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 (read-only) — OneStreet</source>
        <translation>%1（只读）— OneStreet</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>留空：使用 ~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ui::MoneyEdit</name>
    <message>
        <source>yuan, e.g. 30000.00</source>
        <translation>元，例如 30000.00</translation>
    </message>
</context>
<context>
    <name>ui::OverviewCard</name>
    <message>
        <source>Click to open the list</source>
        <translation>点击打开列表</translation>
    </message>
</context>
<context>
    <name>ui::OverviewPage</name>
    <message>
        <source>Contracts ending</source>
        <translation>合同即将到期</translation>
    </message>
    <message>
        <source>Vacant posts</source>
        <translation>空缺岗位</translation>
    </message>
    <message>
        <source>Without supervision</source>
        <translation>未接受督导</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>跟进事项逾期</translation>
    </message>
    <message>
        <source>Applications waiting</source>
        <translation>活动申请待审</translation>
    </message>
    <message>
        <source>Attendance missing</source>
        <translation>出勤未记录</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Key figures (click a card to open the list)</source>
        <translation>关键指标（点击卡片打开列表）</translation>
    </message>
    <message>
        <source>Contracts running</source>
        <translation>执行中的合同</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Social workers placed</source>
        <translation>在岗社工</translation>
    </message>
    <message>
        <source>Attendance last month</source>
        <translation>上月出勤率</translation>
    </message>
    <message>
        <source>Activities held last month</source>
        <translation>上月举办活动</translation>
    </message>
    <message>
        <source>Administrative share of work last month</source>
        <translation>上月行政事务占比</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>没有需要关注的事项。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>ui::PlacementDialog</name>
    <message>
        <source>Edit placement</source>
        <translation>编辑派驻</translation>
    </message>
    <message>
        <source>Place a worker</source>
        <translation>派驻社工</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation>社工(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>街道(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Post (contract)</source>
        <translation>岗位（合同）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>科室(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>Without an end the placement runs until its contract ends.</source>
        <translation>不填结束日期时，派驻持续到合同结束。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), today: %4</source>
        <translation>%1（%2 至 %3），今日：%4</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>There is no social worker to place. Add one on the Social workers page first.</source>
        <translation>没有可派驻的社工。请先在“社工”页面添加。</translation>
    </message>
    <message>
        <source>There is no street yet. Add the street on the Streets &amp; posts page first.</source>
        <translation>还没有街道。请先在“街道与岗位”页面添加。</translation>
    </message>
    <message>
        <source>%1 has no post in any contract. Add a post for it on the Streets &amp; posts page first.</source>
        <translation>%1 在任何合同中都没有岗位。请先在“街道与岗位”页面为其添加岗位。</translation>
    </message>
    <message>
        <source>%1 — placed at %2</source>
        <translation>%1 — 已派驻于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 social worker(s) free on %2; those placed elsewhere are greyed.</source>
        <translation>
            <numerusform>%2 当天 %1 位社工中有 %n 位空闲；已派驻在别处的显示为灰色。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PlacementsPage</name>
    <message>
        <source>E&amp;nd placement…</source>
        <translation>结束派驻(&amp;N)…</translation>
    </message>
    <message>
        <source>Street &amp;history…</source>
        <translation>街道派驻历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>编辑派驻</translation>
    </message>
    <message>
        <source>the placement of %1 at %2 from %3</source>
        <translation>%1 自 %3 起在 %2 的派驻</translation>
    </message>
    <message>
        <source>End placement</source>
        <translation>结束派驻</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>派驻</translation>
    </message>
</context>
<context>
    <name>ui::PurchaserDialog</name>
    <message>
        <source>Edit purchaser</source>
        <translation>编辑购买方</translation>
    </message>
    <message>
        <source>New purchaser</source>
        <translation>新建购买方</translation>
    </message>
    <message>
        <source>e.g. 朝阳区民政局</source>
        <translation>例如 朝阳区民政局</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Enter the name of the purchaser, the government body that signs the contract.</source>
        <translation>请输入购买方名称，即签订协议的政府部门。</translation>
    </message>
</context>
<context>
    <name>ui::RenewDialog</name>
    <message>
        <source>Renew contract</source>
        <translation>续签合同</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>协议期限</translation>
    </message>
    <message>
        <source>Place these workers again in the new posts from the first day (untick those who do not carry on):</source>
        <translation>以下社工从新合同第一天起派驻到新岗位（不再继续的请取消勾选）：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(nobody is placed at the end of the contract)</source>
        <translation>（合同结束时没有在岗的社工）</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续签(&amp;R)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ui::ReportRenderer</name>
    <message>
        <source>Signatures and seals</source>
        <translation>签字盖章</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot start printing; check the printer or the file path.</source>
        <translation>无法开始打印；请检查打印机或文件路径。</translation>
    </message>
    <message>
        <source>Cannot add a page; the disk may be full.</source>
        <translation>无法添加页面；磁盘可能已满。</translation>
    </message>
    <message>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation>无法写入 %1；请确认文件夹存在且可写。</translation>
    </message>
</context>
<context>
    <name>ui::RubricDialog</name>
    <message>
        <source>Rubric templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>新建模板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove template</source>
        <translation>删除模板(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>New evaluations use the default template unless another is chosen</source>
        <translation>新考核使用默认模板，除非另行选择</translation>
    </message>
    <message>
        <source>Template &amp;name</source>
        <translation>模板名称(&amp;N)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>Monthly target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加项目(&amp;I)</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>删除项目(&amp;T)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Weights add up to %1 of 100</source>
        <translation>权重合计 %1（应为 100）</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>新模板 %1</translation>
    </message>
    <message>
        <source>Overall performance</source>
        <translation>综合表现</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>“%1” is the default template. Make another template the default first.</source>
        <translation>“%1”是默认模板。请先将其他模板设为默认。</translation>
    </message>
    <message>
        <source>Save template “%1”</source>
        <translation>保存模板“%1”</translation>
    </message>
</context>
<context>
    <name>ui::SettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>&amp;Name (printed on evaluation sheets)</source>
        <translation>名称（打印在考核表上）(&amp;N)</translation>
    </message>
    <message>
        <source>Default overhead rule for new contracts</source>
        <translation>新合同的默认运行经费规则</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;ate of the funding per post</source>
        <translation>占每岗经费的比例(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fixed sum per post</source>
        <translation>每岗固定金额(&amp;F)</translation>
    </message>
    <message>
        <source>Alerts on the Overview</source>
        <translation>概览页的提醒</translation>
    </message>
    <message>
        <source>Contract ends without a successor within</source>
        <translation>合同到期前无续签，提前</translation>
    </message>
    <message>
        <source>Social worker without supervision for</source>
        <translation>社工未接受督导达</translation>
    </message>
    <message>
        <source>Activity application waiting for</source>
        <translation>活动申请等待审核达</translation>
    </message>
    <message>
        <source>Work and pay</source>
        <translation>工作与薪酬</translation>
    </message>
    <message>
        <source>Work hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Reference &amp;wage per month</source>
        <translation>每月参考工资(&amp;W)</translation>
    </message>
    <message>
        <source>Evaluation grades (lowest total score)</source>
        <translation>考核等级（最低总分）</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Backup copies to &amp;keep</source>
        <translation>保留备份份数(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>A new language takes effect when OneStreet is started again.</source>
        <translation>新语言在重新启动 OneStreet 后生效。</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Work calendar: public holidays and make-up working days</source>
        <translation>工作日历：法定节假日和调休上班日</translation>
    </message>
    <message>
        <source>Enter the fixed overhead per post in yuan, e.g. 4500.00.</source>
        <translation>请以元为单位输入每岗固定运行经费，例如 4500.00。</translation>
    </message>
    <message>
        <source>Enter the reference wage in yuan, e.g. 2540.00.</source>
        <translation>请以元为单位输入参考工资，例如 2540.00。</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Workers placed for fewer working days of the period are not evaluated; they are listed instead.</source>
        <translation>期间内派驻工作日少于此数的社工不参加考核，只列出名单。</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Shortest placement evaluated</source>
        <translation>参加考核的最短派驻</translation>
    </message>
    <message>
        <source>Attendance rule (every attendance rate follows it)</source>
        <translation>出勤规则（所有出勤率均按此计算）</translation>
    </message>
    <message>
        <source>Sign-in grid legend (考勤表图例)</source>
        <translation>考勤表图例</translation>
    </message>
</context>
<context>
    <name>ui::SheetRenderer</name>
    <message>
        <source>One Street, One Social Worker — Post Evaluation</source>
        <translation>一街一社工 岗位考核表</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>考核期间：%1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Final (%1)</source>
        <translation>已定稿（%1）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evaluation no.</source>
        <translation>考核编号</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录依据</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>督导评分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Work summary</source>
        <translation>工作总结</translation>
    </message>
    <message>
        <source>(submitted on %1)</source>
        <translation>（提交于 %1）</translation>
    </message>
    <message>
        <source>(not submitted)</source>
        <translation>（未提交）</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comments</source>
        <translation>督导意见</translation>
    </message>
    <message>
        <source>Supervisor (signature):</source>
        <translation>督导（签字）：</translation>
    </message>
    <message>
        <source>Worker (signature):</source>
        <translation>社工（签字）：</translation>
    </message>
    <message>
        <source>Agency (seal):</source>
        <translation>机构（盖章）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>There is no evaluation sheet to print.</source>
        <translation>没有可打印的考核表。</translation>
    </message>
    <message>
        <source>Cannot start printing; check the printer or the file path.</source>
        <translation>无法开始打印；请检查打印机或文件路径。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Cannot add a page; the disk may be full.</source>
        <translation>无法添加页面；磁盘可能已满。</translation>
    </message>
    <message>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation>无法写入 %1；请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1: reason for the score: %2</source>
        <translation>%1：评分理由：%2</translation>
    </message>
    <message>
        <source>%1: supervisor&apos;s score %2, the records propose %3. Reason: %4</source>
        <translation>%1：督导评分 %2，记录建议 %3。调整理由：%4</translation>
    </message>
    <message>
        <source>(interim evaluation, as of %1)</source>
        <translation>（中期考核，截至 %1）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Could not read %1 back to finish its text.</source>
        <translation>无法读回 %1 以完成其中的文字层。</translation>
    </message>
</context>
<context>
    <name>ui::SpecialDayDialog</name>
    <message>
        <source>New special day</source>
        <translation>新建特殊日期</translation>
    </message>
    <message>
        <source>Edit special day</source>
        <translation>编辑特殊日期</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>例如 国庆节</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Enter a name for the day, e.g. the holiday it belongs to.</source>
        <translation>请输入该日期的名称，例如所属节日。</translation>
    </message>
</context>
<context>
    <name>ui::StreetDialog</name>
    <message>
        <source>Edit street</source>
        <translation>编辑街道</translation>
    </message>
    <message>
        <source>New street</source>
        <translation>新建街道</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>e.g. 双井街道</source>
        <translation>例如 双井街道</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Add the district first (the New… button beside District).</source>
        <translation>请先添加区（“区”旁的“新建…”按钮）。</translation>
    </message>
    <message>
        <source>Enter the name of the street.</source>
        <translation>请输入街道名称。</translation>
    </message>
</context>
<context>
    <name>ui::StreetHistoryDialog</name>
    <message>
        <source>Street history – %1</source>
        <translation>街道派驻历史 – %1</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <source>Select a placement to read its handover note.</source>
        <translation>选择一条派驻，查看其交接记录。</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a worker</source>
        <translation>
            <numerusform>%n 天无社工</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (contract end)</source>
        <translation>%1（合同结束）</translation>
    </message>
    <message>
        <source>Nobody has been placed at this street yet.</source>
        <translation>该街道还没有派驻过社工。</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) since %1, </source>
        <translation>
            <numerusform>自 %1 以来共 %n 次派驻，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n social worker(s), </source>
        <translation>
            <numerusform>%n 名社工，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) vacant between placements.</source>
        <translation>
            <numerusform>派驻之间空缺 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StreetPanel</name>
    <message>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Add post…</source>
        <translation>添加岗位…</translation>
    </message>
    <message>
        <source>Remove post…</source>
        <translation>删除岗位…</translation>
    </message>
    <message>
        <source>Street history…</source>
        <translation>街道派驻历史…</translation>
    </message>
    <message>
        <source>Double-click a post to see its placements.</source>
        <translation>双击岗位查看其派驻。</translation>
    </message>
    <message>
        <source>Select a street to see its departments and posts.</source>
        <translation>选择一个街道，查看其科室和岗位。</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), </source>
        <translation>
            <numerusform>%n 个岗位，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vacant today (in a contract that runs today).</source>
        <translation>
            <numerusform>今日空缺 %n 个（在今日执行的合同中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新建科室</translation>
    </message>
    <message>
        <source>Name of the department (科室), e.g. 民政科:</source>
        <translation>科室名称，例如 民政科：</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名科室</translation>
    </message>
    <message>
        <source>New name of the department:</source>
        <translation>科室的新名称：</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>删除科室</translation>
    </message>
    <message>
        <source>Remove the department “%1”?</source>
        <translation>删除科室“%1”？</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <source>There is no contract yet. Add one on the Contracts page.</source>
        <translation>还没有合同。请在“合同”页面添加。</translation>
    </message>
    <message>
        <source>The contract that funds a post at %1:</source>
        <translation>资助 %1 岗位的合同：</translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Remove the post of contract %1 at %2?</source>
        <translation>删除合同 %1 在 %2 的岗位？</translation>
    </message>
</context>
<context>
    <name>ui::StreetsPage</name>
    <message>
        <source>New &amp;district…</source>
        <translation>新建区(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename district…</source>
        <translation>重命名区(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete district…</source>
        <translation>删除区…</translation>
    </message>
    <message>
        <source>Street &amp;history…</source>
        <translation>街道派驻历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Edit street</source>
        <translation>编辑街道</translation>
    </message>
    <message>
        <source>the street “%1” (%2) and its departments</source>
        <translation>街道“%1”（%2）及其科室</translation>
    </message>
    <message>
        <source>Rename district</source>
        <translation>重命名区</translation>
    </message>
    <message>
        <source>Delete district</source>
        <translation>删除区</translation>
    </message>
    <message>
        <source>Delete the district “%1”?
This cannot be undone.</source>
        <translation>删除区“%1”？
此操作无法撤销。</translation>
    </message>
    <message>
        <source>Streets &amp; posts</source>
        <translation>街道与岗位</translation>
    </message>
</context>
<context>
    <name>ui::SupervisionDialog</name>
    <message>
        <source>Edit supervision session</source>
        <translation>编辑督导记录</translation>
    </message>
    <message>
        <source>New supervision session</source>
        <translation>新建督导记录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>督导(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>时长(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>社工(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>议题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issues raised</source>
        <translation>发现的问题(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Advice given</source>
        <translation>给出的建议(&amp;A)</translation>
    </message>
    <message>
        <source>There is no supervisor yet. Add the agency&apos;s supervisors on the Settings page first.</source>
        <translation>还没有督导员。请先在“设置”页面添加机构的督导员。</translation>
    </message>
    <message>
        <source>Tick at least one social worker who attended the session.</source>
        <translation>请至少勾选一名参加督导的社工。</translation>
    </message>
    <message>
        <source>An individual session is with one worker; %1 are ticked. Tick one worker, or choose the group form.</source>
        <translation>个别督导只针对一名社工；现勾选了 %1 名。请勾选一名社工，或改为团体督导。</translation>
    </message>
</context>
<context>
    <name>ui::SupervisionPage</name>
    <message>
        <source>All forms</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <source>Edit supervision session</source>
        <translation>编辑督导记录</translation>
    </message>
    <message>
        <source>the supervision session of %1 with %2 on %3</source>
        <translation>%1 于 %3 对 %2 的督导</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>&amp;Supervisors…</source>
        <translation>督导人员(&amp;S)…</translation>
    </message>
    <message>
        <source>Add, edit or remove the agency&apos;s supervisors</source>
        <translation>添加、编辑或删除本机构的督导</translation>
    </message>
    <message>
        <source>New supervision session</source>
        <translation>新建督导记录</translation>
    </message>
    <message>
        <source>Add a supervisor first: a session is held by one of the agency&apos;s supervisors.</source>
        <translation>请先添加督导：每次督导都由本机构的一位督导主持。</translation>
    </message>
</context>
<context>
    <name>ui::SupervisorDialog</name>
    <message>
        <source>Edit supervisor</source>
        <translation>编辑督导</translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation>新建督导</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s name.</source>
        <translation>请填写督导的姓名。</translation>
    </message>
</context>
<context>
    <name>ui::SupervisorsDialog</name>
    <message>
        <source>Supervisors</source>
        <translation>督导人员</translation>
    </message>
    <message>
        <source>The agency&apos;s supervisors (督导) hold supervision sessions and score evaluations.</source>
        <translation>本机构的督导主持督导活动，并为考核评分。</translation>
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
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Read supervisors</source>
        <translation>读取督导人员</translation>
    </message>
    <message>
        <source>Edit supervisor</source>
        <translation>编辑督导</translation>
    </message>
    <message>
        <source>Remove supervisor</source>
        <translation>删除督导</translation>
    </message>
    <message>
        <source>Remove the supervisor %1?</source>
        <translation>删除督导“%1”？</translation>
    </message>
</context>
<context>
    <name>ui::WelcomePage</name>
    <message>
        <source>Welcome to OneStreet</source>
        <translation>欢迎使用 OneStreet</translation>
    </message>
    <message>
        <source>OneStreet keeps the contracts, posts, placements, attendance, activities, supervision and evaluations of a “One Street, One Social Worker” project in one file. There is no file yet. Start with an empty one, or look around in a demo filled with realistic records first.</source>
        <translation>OneStreet 将“一街一社工”项目的合同、岗位、派驻、出勤、活动、督导和考核保存在一个文件中。目前还没有文件。可以从空文件开始，也可以先看看填有逼真记录的演示数据。</translation>
    </message>
    <message>
        <source>New empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>Open the demo…</source>
        <translation>打开演示数据…</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>The new file will be %1</source>
        <translation>新文件将保存为 %1</translation>
    </message>
</context>
<context>
    <name>ui::WorkLogDialog</name>
    <message>
        <source>Edit work log entry</source>
        <translation>编辑工作日志</translation>
    </message>
    <message>
        <source>New work log entry</source>
        <translation>新建工作日志</translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation>例如 1.5</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>社工(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>小时(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation>请选择社工。</translation>
    </message>
</context>
<context>
    <name>ui::WorkLogPage</name>
    <message>
        <source>%1 (administrative)</source>
        <translation>%1（行政）</translation>
    </message>
    <message>
        <source>Enter the hours as a number, e.g. 1.5 for an hour and a half (or 1:30).</source>
        <translation>请以数字输入小时数，例如 1.5 表示一个半小时（或 1:30）。</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>Worker &amp;month…</source>
        <translation>社工月度(&amp;M)…</translation>
    </message>
    <message>
        <source>The selected worker&apos;s month: hours per day and category, administrative share</source>
        <translation>所选社工的当月情况：每日各类别工时、行政事务占比</translation>
    </message>
    <message>
        <source>Edit work log entry</source>
        <translation>编辑工作日志</translation>
    </message>
    <message>
        <source>the entry of %1 on %2 (%3, %4 h)</source>
        <translation>%1 在 %2 的记录（%3，%4 小时）</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
</context>
<context>
    <name>ui::WorkLogQuickEntry</name>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Hours spent, e.g. 1.5 for an hour and a half</source>
        <translation>工作时长，例如 1.5 表示一个半小时</translation>
    </message>
    <message>
        <source>Note (Enter adds the entry)</source>
        <translation>备注（按 Enter 添加）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Quick entry:</source>
        <translation>快速录入：</translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation>请选择社工。</translation>
    </message>
    <message>
        <source>Added %1 h of %2.</source>
        <translation>已添加 %2 %1 小时。</translation>
    </message>
</context>
<context>
    <name>ui::WorkerChecklist</name>
    <message>
        <source>Find a worker…</source>
        <translation>查找社工…</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>已选 %n 名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::WorkerDialog</name>
    <message>
        <source>Edit social worker</source>
        <translation>编辑社工</translation>
    </message>
    <message>
        <source>New social worker</source>
        <translation>新建社工</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>has left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>资质(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>学历(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Hired on</source>
        <translation>入职日期(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>离职日期(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Sta&amp;ff no.</source>
        <translation>工号(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ui::WorkerMonthDialog</name>
    <message>
        <source>Work log of a month</source>
        <translation>月度工作日志</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>专业服务</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>行政事务</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Professional %1 h, administrative %2 h: administrative share %3%.</source>
        <translation>专业服务 %1 小时，行政事务 %2 小时：行政事务占比 %3%。</translation>
    </message>
</context>
<context>
    <name>ui::WorkersPage</name>
    <message>
        <source>Employed and left</source>
        <translation>在职和离职</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Edit social worker</source>
        <translation>编辑社工</translation>
    </message>
    <message>
        <source>the social worker “%1”</source>
        <translation>社工“%1”</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>社工</translation>
    </message>
</context>
<context>
    <name>ui::charts</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>ui::charts::ActivityChart</name>
    <message>
        <source>Activities by type</source>
        <translation>按类型统计活动</translation>
    </message>
    <message>
        <source>Activities by target group</source>
        <translation>按服务对象统计活动</translation>
    </message>
    <message>
        <source>Activities held per month, by type</source>
        <translation>每月举办活动（按类型）</translation>
    </message>
    <message>
        <source>Activities held per month, by target group</source>
        <translation>每月举办活动（按服务对象）</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>举办活动</translation>
    </message>
    <message>
        <source>Activities held (once per target group)</source>
        <translation>举办活动（按服务对象各计一次）</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>全部活动</translation>
    </message>
</context>
<context>
    <name>ui::charts::AttendanceChart</name>
    <message>
        <source>Attendance rate per month</source>
        <translation>每月出勤率</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>出勤率（%）</translation>
    </message>
    <message>
        <source>no required days</source>
        <translation>无应出勤日</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>not begun on %1</source>
        <translation>%1 尚未开始</translation>
    </message>
    <message>
        <source>%1: attendance %2
Required days: %3
Attended days: %4
Excused days: %5
%6: %7, %8: %9, %10: %11, %12: %13
Not recorded: %14</source>
        <translation>%1：出勤率 %2
应出勤天数：%3
出勤天数：%4
不计入应出勤天数：%5
%6：%7，%8：%9，%10：%11，%12：%13
未记录：%14</translation>
    </message>
</context>
<context>
    <name>ui::charts::ChartBuilder</name>
    <message>
        <source>District %1</source>
        <translation>%1（区）</translation>
    </message>
    <message>
        <source>Street %1</source>
        <translation>%1（街道）</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>%1（社工）</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>全机构</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3
%4: %5</source>
        <translation>%1 · %2：%3
%4：%5</translation>
    </message>
    <message>
        <source>nothing counted after %1</source>
        <translation>%1 之后不计入</translation>
    </message>
    <message>
        <source>counted up to %1</source>
        <translation>统计至 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>协议 %1</translation>
    </message>
</context>
<context>
    <name>ui::charts::FundingChart</name>
    <message>
        <source>Funding</source>
        <translation>经费</translation>
    </message>
    <message>
        <source>Funding per contract (yuan)</source>
        <translation>各合同经费（元）</translation>
    </message>
    <message>
        <source>Contracts running between %1 and %2</source>
        <translation>%1 至 %2 期间执行的合同</translation>
    </message>
    <message>
        <source> · the latest %1 of %2</source>
        <translation>· 最近 %1 份（共 %2 份）</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%1 · %2: %3
Budget: %4</source>
        <translation>%1 · %2：%3
预算：%4</translation>
    </message>
    <message>
        <source>entries %1</source>
        <translation>账目%1</translation>
    </message>
</context>
<context>
    <name>ui::charts::PayChart</name>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
    <message>
        <source>Net pay per month</source>
        <translation>每月实发工资</translation>
    </message>
    <message>
        <source>Reference wage (%1)</source>
        <translation>参考工资（%1）</translation>
    </message>
    <message>
        <source>Yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>%1: %2
Reference wage: %3</source>
        <translation>%1：%2
参考工资：%3</translation>
    </message>
    <message>
        <source>Average net monthly pay per worker</source>
        <translation>每名社工月均实发工资</translation>
    </message>
    <message>
        <source>the lowest %1 of %2 workers</source>
        <translation>最低的 %1 名（共 %2 名社工）</translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <translation>
            <numerusform>%n 名社工</numerusform>
        </translation>
    </message>
    <message>
        <source>Average net pay per month</source>
        <translation>月均实发工资</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 per month on average (%n paid months)
Reference wage: %3</source>
        <translation>
            <numerusform>%1：月均 %2（%n 个月有发放）
参考工资：%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::charts::SupervisionChart</name>
    <message>
        <source>Supervision</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Supervision sessions per month, by form</source>
        <translation>每月督导次数（按形式）</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>全机构</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>全部督导</translation>
    </message>
</context>
<context>
    <name>ui::charts::SupervisionGapChart</name>
    <message>
        <source>Unsupervised days</source>
        <translation>未督导天数</translation>
    </message>
    <message>
        <source>Days since the last supervision session</source>
        <translation>距上次督导的天数</translation>
    </message>
    <message numerus="yes">
        <source>placed workers on %1: the %n longest</source>
        <translation>
            <numerusform>%1 在岗社工：最久的 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation>（共 %1 名）</translation>
    </message>
    <message>
        <source>Days since the last session</source>
        <translation>距上次督导天数</translation>
    </message>
    <message>
        <source>Never supervised</source>
        <translation>从未接受督导</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message numerus="yes">
        <source>Alert threshold (%n days)</source>
        <translation>
            <numerusform>提醒阈值（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2)
Last session: %3
%n days before %4</source>
        <translation>
            <numerusform>%1（%2）
上次督导：%3
距 %4 已 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
Never supervised</source>
        <translation>%1（%2）
从未接受督导</translation>
    </message>
</context>
<context>
    <name>ui::charts::WorkloadChart</name>
    <message>
        <source>Professional and administrative hours per month</source>
        <translation>每月专业服务与行政事务工时</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>专业服务</translation>
    </message>
    <message>
        <source>Administrative work</source>
        <translation>行政事务</translation>
    </message>
    <message>
        <source>Administrative share (%)</source>
        <translation>行政事务占比（%）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1
Professional services: %2 h
Administrative work: %3 h
Administrative share: %4</source>
        <translation>%1
专业服务：%2 小时
行政事务：%3 小时
行政事务占比：%4</translation>
    </message>
    <message>
        <source>no time logged</source>
        <translation>无工时记录</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
</context>
<context>
    <name>ui::choices</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
</context>
<context>
    <name>ui::report::ReportDialog</name>
    <message>
        <source>Report for the purchaser</source>
        <translation>项目服务报告</translation>
    </message>
    <message>
        <source>Contract %1 “%2”, %3 to %4</source>
        <translation>协议“%1”《%2》，%3 至 %4</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>协议 %1</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Street %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Whole agency (every post of the contracts that ran)</source>
        <translation>整个机构（所有执行中协议的岗位）</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Months shown (%1 to %2)</source>
        <translation>所示月份（%1 至 %2）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Nothing after this day is counted; a period still running is counted up to it.</source>
        <translation>这一天之后的记录不统计；尚未结束的报告期统计到这一天。</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>Posts kept filled, attendance, activities, supervision, evaluations and funding, with the attendance and activity charts and a signature block.</source>
        <translation>包括岗位在岗、出勤、服务活动、督导、考核和经费，附出勤与活动图表及签章栏。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>保存为 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Counting the figures of %1…</source>
        <translation>正在统计%1的数据…</translation>
    </message>
    <message>
        <source>Print preview – %1, %2</source>
        <translation>打印预览 – %1，%2</translation>
    </message>
    <message>
        <source>Report %1 %2</source>
        <translation>项目服务报告 %1 %2</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as XLSX</source>
        <translation>将报告保存为 XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Report for the purchaser – saved %1</source>
        <translation>项目服务报告 – 已保存 %1</translation>
    </message>
</context>
</TS>
