<html>
<head>
<title>Ohio Association for Infant Mental Health :: Contact</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="infant mental health, Ohio, OAIMH, babies, early childhood, social emotional development">
<link rel="stylesheet" href="https://oaimh.org/style.css" type="text/css">
<script language="JavaScript" src="https://oaimh.org/scripts/mm_menu.js"></script>
</head>
<body bgcolor="#E8EEF4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="https://oaimh.org/images/header_babies.jpg" width="780" height="140" alt="Ohio Association for Infant Mental Health" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#6B8E23" align="center"><font face="Georgia, Times New Roman" size="2" color="#FFFFFF"><i>Promoting the social and emotional well-being of Ohio&#39;s babies and their families</i></font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#2F4F6F">
<table width="170" border="0" cellspacing="0" cellpadding="6">
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/index.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Home</b></font></a></td></tr>
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/about.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>About OAIMH</b></font></a></td></tr>
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/membership.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Membership</b></font></a></td></tr>
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/chapters.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Chapters</b></font></a></td></tr>
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/events.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Events</b></font></a></td></tr>
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/resources.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Resources</b></font></a></td></tr>
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/archived_news.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Archived News</b></font></a></td></tr>
<tr><td class="navcell"><img src="https://oaimh.org/images/bullet_heart.gif" width="9" height="9" alt=""> <a href="/contact.php" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Contact</b></font></a></td></tr>
<tr><td><br><font face="Verdana, Arial" size="1" color="#CCDDEE">Member login coming soon</font></td></tr>
</table>
</td>
<td width="610" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="14"><tr><td>
<p><font face="Georgia, Times New Roman" size="4" color="#2F4F6F"><b>Contact Us</b></font></p><p><font face="Verdana, Arial" size="2">Ohio Association for Infant Mental Health<br>Send us a note with the form below, or talk with any board member at an OAIMH event.</font></p><p><font face="Verdana, Arial" size="2">We are an all-volunteer organization; please allow a few days for a reply.</font></p>
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#2F4F6F" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
<a href="/index.php"><font color="#FFFFFF">Home</font></a> | <a href="/about.php"><font color="#FFFFFF">About OAIMH</font></a> | <a href="/membership.php"><font color="#FFFFFF">Membership</font></a> | <a href="/events.php"><font color="#FFFFFF">Events</font></a> | <a href="/contact.php"><font color="#FFFFFF">Contact</font></a><br>
Copyright &copy; 2015 Ohio Association for Infant Mental Health. All rights reserved. OAIMH is a 501(c)(3) non-profit organization.</font></td></tr>
</table>
</body>
</html>
