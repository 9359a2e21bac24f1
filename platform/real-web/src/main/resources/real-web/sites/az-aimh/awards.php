<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Awards | ITMHCA</title>
<link rel="stylesheet" href="/css/normalize.css">
<link rel="stylesheet" href="/css/itmhca.css?v=2019.3">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/menu.js"></script>
<!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]-->
</head>
<body class="about">
<div id="top-bar">
  <ul class="social-links">
    <li><a href="https://www.facebook.com/ITMHCA/" target="_blank"><img src="/images/icons/fb.png" alt="">Follow us on Facebook</a></li>
    <li><a href="https://twitter.com/ITMHCA" target="_blank"><img src="/images/icons/tw.png" alt="">Follow us on Twitter</a></li>
    <li><a href="https://www.instagram.com/itmhca/" target="_blank"><img src="/images/icons/ig.png" alt="">Follow us on Instagram</a></li>
  </ul>
  <ul class="partner-links">
    <li><a href="https://www.allianceaimh.org/" target="_blank"><img src="/images/logos/alliance_sm.png" alt="Alliance for the Advancement of Infant Mental Health"></a></li>
    <li><a href="https://waimh.org/" target="_blank"><img src="/images/logos/waimh_sm.png" alt="World Association for Infant Mental Health"></a></li>
    <li><a href="https://itmhca.myeasy.org/" target="_blank"><img src="/images/logos/easy_sm.png" alt="EASy">EASy ITMHCA Endorsement Application System</a></li>
  </ul>
</div>
<div id="header">
  <a href="/index.php" class="logo"><img src="/images/itmhca_logo_2017.png" alt="ITMHCA"></a>
  <div class="site-title">The Infant Toddler Mental Health Coalition of Arizona</div>
</div>
<div id="nav">
  <a href="#" class="menu-toggle" onclick="toggleMenu();return false;">View Menu</a>
  <ul id="menu">
    <li><a href="/index.php">Home</a></li>
    <li class="has-sub"><a href="/aboutus.php">About Us</a>
      <ul>
        <li><a href="/aboutus.php">Mission &amp; Vision</a></li>
        <li><a href="/awards.php">Awards</a></li>
      </ul>
    </li>
    <li class="has-sub"><a href="/endorsement/">Endorsement®</a>
      <ul>
        <li><a href="/endorsement/IMH-E_Requirements.php">IMH-E® Requirements</a></li>
        <li><a href="/endorsement/endorsement-faqs.php">Frequently Asked Questions</a></li>
        <li><a href="/endorsement/policies.php">Endorsement® Policies</a></li>
        <li><a href="/endorsement/endorserenew.php">Annual Renewal</a></li>
        <li><a href="/endorsement/member-endorsements.php">Endorsed Members</a></li>
      </ul>
    </li>
    <li><a href="/institute.php">Institute</a></li>
    <li><a href="/membership.php">Membership</a></li>
  </ul>
</div>
<div id="content">

<h1>ITMHCA Awards</h1>
<h2>The Sally Campbell Best for Babies Memorial Award</h2>
<p>Given to people whose work to put into practice what is "best for babies" has been important and influential, and whose leadership has moved the court and child welfare systems toward better outcomes for infants, toddlers and their families.</p>
<h2>The Emily Fenichel Memorial Award</h2>
<p>Named for Emily Fenichel, a pioneer of the zero-to-three field. Many leaders in this field work quietly in their programs without public recognition; this award gives the coalition a way to honor their dedication.</p>
<p>Nominations are accepted each year before the Institute. Contact the board through the <a href="/membership.php">membership page</a>.</p>

</div>
<div id="footer">
  <p>The Infant Toddler Mental Health Coalition of Arizona (ITMHCA) is a 501(c)(3) nonprofit organization and an affiliate of the World Association for Infant Mental Health.</p>
  <p>For questions about Endorsement® please email <a href="mailto:azendorsement@gmail.com">azendorsement@gmail.com</a></p>
  <p class="copy">Copyright © 2025 ITMHCA &middot; <a href="/index.php">Home</a> &middot; <a href="/membership.php">Join ITMHCA</a></p>
</div>
</body>
</html>
