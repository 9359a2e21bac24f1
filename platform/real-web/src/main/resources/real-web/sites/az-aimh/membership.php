<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Membership | ITMHCA</title>
<link rel="stylesheet" href="/css/normalize.css">
<link rel="stylesheet" href="/css/itmhca.css?v=2019.3">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/menu.js"></script>
<!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]-->
</head>
<body class="membership">
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

<h1>Membership</h1>
<p>ITMHCA memberships follow the calendar year. A one-year membership bought before October 1 ends on December 31 of that year; one bought on or after October 1 runs through December 31 of the following year.</p>
<table class="fees">
<tr><th>Membership type</th><th>Annual dues</th></tr>
<tr><td>Individual</td><td>$60</td></tr>
<tr><td>Student</td><td>$30</td></tr>
<tr><td>Organization (up to 5 staff)</td><td>$250</td></tr>
</table>
<p>A current membership in ITMHCA, or in another infant mental health association, is needed to apply for and to keep <a href="/endorsement/">Endorsement®</a>.</p>

</div>
<div id="footer">
  <p>The Infant Toddler Mental Health Coalition of Arizona (ITMHCA) is a 501(c)(3) nonprofit organization and an affiliate of the World Association for Infant Mental Health.</p>
  <p>For questions about Endorsement® please email <a href="mailto:azendorsement@gmail.com">azendorsement@gmail.com</a></p>
  <p class="copy">Copyright © 2025 ITMHCA &middot; <a href="/index.php">Home</a> &middot; <a href="/membership.php">Join ITMHCA</a></p>
</div>
</body>
</html>
