<html>
<head>
<title>Ohio Association for Infant Mental Health :: Archived News</title>
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
<p><font face="Georgia, Times New Roman" size="4" color="#2F4F6F"><b>Archived News</b></font></p><p><font face="Verdana, Arial" size="2">Past editions of our <i>Baby Talk</i> updates, newest first.</font></p><p><font face="Verdana, Arial" size="3" color="#6B8E23"><b>From October 2015</b></font></p><p><font face="Verdana, Arial" size="2">The latest <i>Baby Talk</i> newsletter is here.<br>Child Growth &amp; Development Information &ndash; zipped files (3.8MB), sent to members on request.</font></p><p><font face="Verdana, Arial" size="3" color="#6B8E23"><b>From September 2015</b></font></p><p><font face="Verdana, Arial" size="2">Happy September, OAIMH members! We spent a busy summer with Voices for Ohio&#39;s Children at their Regional Forums, visiting 12 sites around the state to tell people about OAIMH. Welcome to our new members, and thank you to everyone who renewed.</font></p><p><font face="Verdana, Arial" size="2">Our board members all hold full-time jobs and still give their time to monthly board meetings, presentations and advocacy. Many thanks to John Kinsel, Will Moser, Kristine Snell, Janeece Warfield and Cindy Oser for presenting with me across Ohio this summer. The PowerPoint we used is part of this month&#39;s update.</font></p><p><font face="Verdana, Arial" size="2">We are co-sponsoring the SouthWest OAIMH Chapter&#39;s conference on October 16th and 17th in Cincinnati, with Terri Rose as the featured speaker. Registration details will be posted on this website. We have also begun talking with the Michigan Association for Infant Mental Health about whether its Endorsement could one day be offered in Ohio. Nothing has been decided yet; we will share more as soon as we can.</font></p><p><font face="Verdana, Arial" size="2">This month&#39;s update is devoted to my favorite topic, &ldquo;Pregnancies and Babies&rdquo;. Enjoy the articles and slides, and keep advocating for Ohio&#39;s babies!<br><i>Your OAIMH President</i><br>YouTube video link &middot; Outreach &amp; Engagement article</font></p><p><font face="Verdana, Arial" size="3" color="#6B8E23"><b>From July 2015</b></font></p><p><font face="Verdana, Arial" size="2"><b>Infant Massage: The Power of Touch in Supporting Ohio&#39;s Families</b><br>This edition of <i>Baby Talk</i> looks at infant massage. Our guest writer, a parent and a Certified Educator of Infant Massage, explains how a few minutes of gentle, nurturing touch each day can calm a baby, support sleep and help parents read their baby&#39;s cues. Classes for parents are offered by hospitals and family centers in many Ohio counties.</font></p><p><font face="Verdana, Arial" size="3" color="#6B8E23"><b>From May 2015</b></font></p><p><font face="Verdana, Arial" size="2">Thank you to everyone who called their legislators during Infant Mental Health Awareness Week. Your voices matter!</font></p>
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#2F4F6F" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
<a href="/index.php"><font color="#FFFFFF">Home</font></a> | <a href="/about.php"><font color="#FFFFFF">About OAIMH</font></a> | <a href="/membership.php"><font color="#FFFFFF">Membership</font></a> | <a href="/events.php"><font color="#FFFFFF">Events</font></a> | <a href="/contact.php"><font color="#FFFFFF">Contact</font></a><br>
Copyright &copy; 2015 Ohio Association for Infant Mental Health. All rights reserved. OAIMH is a 501(c)(3) non-profit organization.</font></td></tr>
</table>
</body>
</html>
